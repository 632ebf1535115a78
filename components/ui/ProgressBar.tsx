import { cx } from "./cx";

/** A labelled progress bar (imports, training, backtests). `value` is 0..1; null shows an indeterminate bar. */
export function ProgressBar({ label, value, detail, tone = "indigo" }: { label: string; value: number | null; detail?: string; tone?: "indigo" | "rose" | "emerald" }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  const fill = { indigo: "bg-indigo-600", rose: "bg-rose-600", emerald: "bg-emerald-600" }[tone];
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between gap-3 text-xs">
        <span className="font-medium text-zinc-800">{label}</span>
        <span className="tabular-nums text-zinc-500">{percent === null ? "" : `${percent}%`}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={detail}
        className="h-2 overflow-hidden rounded-full bg-zinc-200"
      >
        <div className={cx("h-full rounded-full transition-[width] duration-300", fill, percent === null && "w-1/3 animate-pulse")} style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      {detail && <p className="mt-1 text-xs tabular-nums text-zinc-500">{detail}</p>}
    </div>
  );
}
