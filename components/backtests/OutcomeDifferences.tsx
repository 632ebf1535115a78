import { outcomeDifferences } from "@/workflows/interpret/replay/compare";
import type { OutcomeSummary } from "@/workflows/interpret/replay/types";

/**
 * What changed for this ticket, each difference named with both values: the list the ticket counts in
 * "changed tickets" for. Long values (a message's text) are shown in full.
 */
export function OutcomeDifferences({
  baseline,
  candidate,
  baselineLabel,
  candidateLabel,
  baselineKind,
}: {
  baseline: OutcomeSummary;
  candidate: OutcomeSummary;
  baselineLabel: string;
  candidateLabel: string;
  baselineKind: "version" | "history";
}) {
  const differences = outcomeDifferences(baseline, candidate, { baselineIsHistory: baselineKind === "history" });
  if (differences.length === 0) {
    return <p className="text-[13px] text-zinc-600">Only the predicted times differ for this ticket; everything it would see is the same.</p>;
  }
  return (
    <ul aria-label="Differences" className="divide-y divide-zinc-100 rounded-lg border border-amber-300 bg-white text-[13px]">
      {differences.map((d, i) => (
        <li key={`${d.aspect}-${i}`} className="grid gap-x-4 gap-y-1 px-3 py-2 md:grid-cols-[12rem_1fr_1fr]">
          <span className="font-medium text-zinc-900">{d.label}</span>
          <span className="min-w-0 whitespace-pre-line break-words text-zinc-600">
            <span className="sr-only">{baselineLabel}: </span>
            <span aria-hidden className="mr-1 text-[11px] uppercase tracking-wide text-zinc-500">{baselineLabel}</span>
            {d.before}
          </span>
          <span className="min-w-0 whitespace-pre-line break-words font-medium text-zinc-900">
            <span className="sr-only">{candidateLabel}: </span>
            <span aria-hidden className="mr-1 text-[11px] font-normal uppercase tracking-wide text-zinc-500">{candidateLabel}</span>
            {d.after}
          </span>
        </li>
      ))}
    </ul>
  );
}
