import type { TraceEntry } from "@/workflows/interpret/types";
import { Badge } from "@/components/ui/Badge";
import { STEP_TONE, TIMELINE_DOTS as DOTS } from "@/components/ui/step-tones";
import { cx } from "@/components/ui/cx";
import { formatTime } from "@/components/ui/format";
import { TraceDetails } from "./TraceDetails";
import { stepKindTitle } from "./trace-words";

/**
 * One step of a step trace: which node decided what and why, with the numbers behind it (entry.details:
 * scores, thresholds, the rules tried), named by the node's label when known. `parts` marks the node where two
 * traces part.
 */
export function TraceEntryItem({ entry, label, parts = false }: { entry: TraceEntry; label?: string | undefined; parts?: boolean }) {
  const tone = STEP_TONE[entry.nodeType] ?? "neutral";
  return (
    <li
      className={cx("relative pb-3 pl-5 last:pb-0", parts && "rounded-md bg-amber-50 ring-2 ring-amber-400")}
      aria-current={parts ? "step" : undefined}
      data-node-id={entry.nodeId}
    >
      <span aria-hidden className={cx("absolute -left-[5px] top-1.5 size-2.5 rounded-full ring-2 ring-white", DOTS[tone])} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 pr-2">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 font-medium text-zinc-900">
          <span className="tabular-nums text-zinc-500">#{entry.seq}</span>
          <span>{entry.decision}</span>
          <span className="text-xs font-normal text-zinc-500">
            {label !== undefined ? `“${label}”` : <code>{entry.nodeId}</code>} · {stepKindTitle(entry.nodeType)}
          </span>
          {parts && <Badge tone="amber">parts here</Badge>}
        </div>
        <time dateTime={entry.at} title={entry.at} className="shrink-0 text-xs tabular-nums text-zinc-500">
          {formatTime(new Date(entry.at))}
        </time>
      </div>
      <p className="mt-0.5 pr-2 text-[13px] text-zinc-600">{entry.reason}</p>
      {entry.details && Object.keys(entry.details).length > 0 && <TraceDetails details={entry.details} />}
    </li>
  );
}
