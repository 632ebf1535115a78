/** The colour family of a kind: its node header and palette chip. */
export type Accent = "indigo" | "amber" | "sky" | "emerald" | "violet" | "rose" | "zinc";

/** Full class names (not built from strings) so Tailwind's scanner keeps them. */
export const ACCENT_HEADER: Record<Accent, string> = {
  indigo: "bg-indigo-50 text-indigo-700",
  amber: "bg-amber-50 text-amber-800",
  sky: "bg-sky-50 text-sky-700",
  emerald: "bg-emerald-50 text-emerald-700",
  violet: "bg-violet-50 text-violet-700",
  rose: "bg-rose-50 text-rose-700",
  zinc: "bg-zinc-100 text-zinc-700",
};

export const ACCENT_CHIP: Record<Accent, string> = {
  indigo: "bg-indigo-100 text-indigo-700",
  amber: "bg-amber-100 text-amber-800",
  sky: "bg-sky-100 text-sky-700",
  emerald: "bg-emerald-100 text-emerald-700",
  violet: "bg-violet-100 text-violet-700",
  rose: "bg-rose-100 text-rose-700",
  zinc: "bg-zinc-200 text-zinc-700",
};
