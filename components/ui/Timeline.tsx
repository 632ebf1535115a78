import type { ReactNode } from "react";
import { cx } from "./cx";
import type { Tone } from "./Badge";
import { TIMELINE_DOTS as DOTS } from "./step-tones";


export function Timeline({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ol aria-label={label} className="relative ml-2 border-l border-zinc-200">
      {children}
    </ol>
  );
}

export function TimelineItem({
  tone = "neutral",
  title,
  aside,
  children,
}: {
  tone?: Tone;
  title: ReactNode;
  /** Right-aligned detail, usually the time. */
  aside?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li className="relative pb-3 pl-5 last:pb-0">
      <span
        aria-hidden
        className={cx("absolute -left-[5px] top-1.5 size-2.5 rounded-full ring-2 ring-white", DOTS[tone])}
      />
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <div className="min-w-0 font-medium text-zinc-900">{title}</div>
        {aside && <div className="shrink-0 text-xs text-zinc-500">{aside}</div>}
      </div>
      {children && <div className="mt-0.5 text-[13px] text-zinc-600">{children}</div>}
    </li>
  );
}
