import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";

type Variant = "primary" | "secondary" | "ghost";
type Size = "sm" | "md";

const BASE =
  "inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50";
const VARIANTS: Record<Variant, string> = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-700",
  secondary: "bg-white text-zinc-800 shadow-sm ring-1 ring-inset ring-zinc-300 hover:bg-zinc-50",
  ghost: "text-zinc-700 hover:bg-zinc-100",
};
const SIZES: Record<Size, string> = { sm: "h-7 px-2.5 text-xs", md: "h-8 px-3 text-[13px]" };

interface Styling {
  variant?: Variant;
  size?: Size;
}

export function buttonClasses({ variant = "secondary", size = "md" }: Styling = {}, extra?: string): string {
  return cx(BASE, VARIANTS[variant], SIZES[size], extra);
}

export function Button({ variant, size, className, type = "button", ...props }: ComponentProps<"button"> & Styling) {
  return <button type={type} className={buttonClasses({ variant, size }, className)} {...props} />;
}

export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & Styling) {
  return <Link className={buttonClasses({ variant, size }, className)} {...props} />;
}
