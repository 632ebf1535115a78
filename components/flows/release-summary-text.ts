/** Plain-text pieces of the publish / make-live summary, kept out of the component so they are unit-tested. */

export interface FigureSource {
  tickets: number;
  automationRate: number | null;
  routingAccuracy: number | null;
  escalations: number;
  slaBreaches: number;
}

/** "1 warning" / "8 warnings": the count the confirm leads with. */
export function warningsHeading(count: number): string {
  return count === 1 ? "1 warning" : `${count.toLocaleString("en-US")} warnings`;
}

/** The backtest's headline figures in the order a support lead reads them. */
export function backtestFigureLines(run: FigureSource): Array<{ label: string; value: string }> {
  return [
    { label: "Automation", value: share(run.automationRate) },
    { label: "Routing accuracy", value: share(run.routingAccuracy) },
    { label: "Escalations", value: countOf(run.escalations, run.tickets) },
    { label: "SLA breaches", value: countOf(run.slaBreaches, run.tickets) },
  ];
}

/** One decimal below 10% (9.5% of tickets is not 10%), whole percents above. */
function share(rate: number | null): string {
  if (rate === null) return "not measured";
  const pct = rate * 100;
  return pct > 0 && pct < 10 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`;
}

function countOf(n: number, tickets: number): string {
  return tickets === 0 ? n.toLocaleString("en-US") : `${n.toLocaleString("en-US")} (${share(n / tickets)})`;
}
