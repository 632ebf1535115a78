import type { TMetricDelta } from "@/lib/backtests/compare-metrics";
import { cx } from "@/components/ui/cx";
import { deltaTone, formatDelta, formatMetric } from "./format";

const DELTA_STYLE = {
  green: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  red: "bg-red-50 text-red-700 ring-red-600/20",
  neutral: "bg-zinc-100 text-zinc-700 ring-zinc-500/20",
} as const;

const WORD = { green: "better", red: "worse", neutral: "" } as const;

/** Every metric on both sides: the candidate's value, the baseline's, and the change, green when it is better. */
export function MetricCards({ deltas, candidateLabel, baselineLabel }: { deltas: readonly TMetricDelta[]; candidateLabel: string; baselineLabel: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-4" aria-label="Metrics">
      {deltas.map((d) => {
        const tone = deltaTone(d.delta, d.betterWhen);
        return (
          <li key={d.key} aria-label={d.label} className="rounded-lg border border-zinc-200 bg-white px-3 py-2.5 shadow-xs" data-metric={d.key}>
            <p className="truncate text-[11px] font-medium uppercase tracking-wide text-zinc-500" title={d.label}>
              {d.label}
            </p>
            <div className="mt-1 flex items-baseline justify-between gap-2">
              <span className="text-lg font-semibold tabular-nums text-zinc-900" title={candidateLabel}>
                {formatMetric(d.candidate, d.unit)}
              </span>
              <span className={cx("rounded px-1.5 py-px text-[11px] font-medium tabular-nums ring-1 ring-inset", DELTA_STYLE[tone])} data-tone={tone}>
                {formatDelta(d.delta, d.unit)}
                {WORD[tone] && <span className="sr-only"> ({WORD[tone]})</span>}
              </span>
            </div>
            <p className="mt-0.5 text-xs tabular-nums text-zinc-500">
              {baselineLabel}: {formatMetric(d.baseline, d.unit)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
