"use client";

import { DEFAULT_REPEAT_CONTACT_DAYS, type TMetricSummary, type TRate } from "@/workflows/metrics";
import type { TMetricId } from "@/lib/metrics/definition-texts";
import { DefinitionHint } from "./DefinitionHint";
import type { TOpenDrill } from "./drill";
import { formatCount, formatInterval, formatPercent, tooFew } from "./format";
import { MetricCard } from "./MetricCard";

function Counts({ rate, noun = "tickets" }: { rate: TRate; noun?: string }) {
  const interval = formatInterval(rate);
  return (
    <>
      <span className="tabular-nums">
        {formatCount(rate.numerator)} of {formatCount(rate.count)} {noun}
      </span>
      {interval && <span className="block tabular-nums text-zinc-500">95% interval {interval}</span>}
    </>
  );
}

const SOURCES: Array<{ key: "feedback" | "shadow" | "outcome"; label: string; definition: TMetricId }> = [
  { key: "feedback", label: "Agent feedback", definition: "accuracyFeedback" },
  { key: "shadow", label: "Shadow review", definition: "accuracyShadow" },
  { key: "outcome", label: "Outcome", definition: "accuracyOutcome" },
];

/** The headline figures, each with the tickets it counts and, for a rate, its interval. */
export function HeadlineCards({ summary, onDrill }: { summary: TMetricSummary; onDrill: TOpenDrill }) {
  const s = summary;
  return (
    <div className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
      <MetricCard
        label="Automation rate"
        definition="automation"
        value={formatPercent(s.automation.rate)}
        counts={<Counts rate={s.automation} />}
        drill={{ title: "Automation rate", only: "automated" }}
        onDrill={onDrill}
      >
        {s.automatedPending > 0 && (
          <p className="mt-1 flex items-center gap-1 text-xs text-amber-800">
            {formatCount(s.automatedPending)} still inside the {DEFAULT_REPEAT_CONTACT_DAYS}-day window
            <DefinitionHint id="provisional" />
          </p>
        )}
      </MetricCard>
      <MetricCard
        label="Deflection"
        definition="deflection"
        value={formatPercent(s.deflection.rate)}
        counts={<Counts rate={s.deflection} />}
        drill={{ title: "Deflection", only: "deflected" }}
        onDrill={onDrill}
      />
      <MetricCard
        label="AI-assisted"
        definition="aiAssisted"
        value={formatPercent(s.aiAssisted.rate)}
        counts={<Counts rate={s.aiAssisted} />}
        drill={{ title: "AI-assisted", only: "ai-assisted" }}
        onDrill={onDrill}
      />
      <MetricCard
        label="AI accuracy"
        definition="accuracyCombined"
        value={formatPercent(s.accuracy.combined.rate)}
        sample={s.accuracy.combined.count}
        counts={<Counts rate={s.accuracy.combined} noun="AI answers" />}
        drill={{ title: "AI accuracy", only: "ai-judged" }}
        onDrill={onDrill}
      >
        <ul aria-label="AI accuracy by source" className="mt-2 space-y-0.5 border-t border-zinc-100 pt-1.5 text-xs">
          {SOURCES.map((src) => {
            const r = s.accuracy[src.key];
            return (
              <li key={src.key} className="flex items-center justify-between gap-2">
                <span className="flex items-center gap-1 text-zinc-600">
                  {src.label}
                  <DefinitionHint id={src.definition} align="right" />
                </span>
                <span className="tabular-nums text-zinc-800" title={formatInterval(r) ? `95% interval ${formatInterval(r)}` : undefined}>
                  {r.count === 0 ? "none yet" : `${formatPercent(r.rate)} of ${formatCount(r.count)}`}
                  {r.count > 0 && tooFew(r.count) && <span className="ml-1 text-amber-700">(too few)</span>}
                </span>
              </li>
            );
          })}
        </ul>
      </MetricCard>
      <MetricCard
        label="SLA breaches"
        definition="slaBreached"
        value={formatCount(s.slaBreached.numerator)}
        counts={
          <span className="tabular-nums">
            {formatPercent(s.slaBreached.rate)} of {formatCount(s.slaBreached.count)} tickets
          </span>
        }
        drill={{ title: "SLA breaches", only: "sla-breached" }}
        onDrill={onDrill}
      />
      <MetricCard
        label="Agent hours saved"
        definition="agentHoursSaved"
        value={formatCount(s.agentHoursSaved)}
        counts={<span className="tabular-nums">by {formatCount(s.automation.numerator)} automated tickets</span>}
        drill={{ title: "Agent hours saved", only: "automated" }}
        onDrill={onDrill}
      />
    </div>
  );
}
