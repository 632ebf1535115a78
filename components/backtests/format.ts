/** How backtest numbers read: durations in s/min/h/d, rates as percentages, deltas with their sign. */
export type MetricUnit = "percent" | "count" | "seconds" | "hours";
export type BetterWhen = "higher" | "lower" | null;

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return "—";
  const s = Math.abs(seconds);
  const sign = seconds < 0 ? "−" : "";
  if (s < 60) return `${sign}${Math.round(s)} s`;
  if (s < 3600) return `${sign}${round1(s / 60)} min`;
  if (s < 86_400) return `${sign}${round1(s / 3600)} h`;
  return `${sign}${round1(s / 86_400)} d`;
}

/** A metric's value in its unit; `percent` values are shares (0..1). */
export function formatMetric(value: number | null | undefined, unit: MetricUnit): string {
  if (value == null || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "percent":
      return `${round1(value * 100)}%`;
    case "count":
      return Math.round(value).toLocaleString("en");
    case "seconds":
      return formatSeconds(value);
    case "hours":
      return `${round1(value).toLocaleString("en")} h`;
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/** "+4.2 pts", "−12", "+3 min": the change from baseline to candidate. Percent deltas are in points. */
export function formatDelta(delta: number | null | undefined, unit: MetricUnit): string {
  if (delta == null || !Number.isFinite(delta)) return "—";
  if (delta === 0) return "no change";
  const sign = delta > 0 ? "+" : "−";
  const size = Math.abs(delta);
  switch (unit) {
    case "percent":
      return `${sign}${round1(size * 100)} pts`;
    case "count":
      return `${sign}${Math.round(size).toLocaleString("en")}`;
    case "seconds":
      return `${sign}${formatSeconds(size)}`;
    case "hours":
      return `${sign}${round1(size).toLocaleString("en")} h`;
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/** Green when the change is an improvement, red when it is worse, neutral when no direction is better. */
export function deltaTone(delta: number | null | undefined, betterWhen: BetterWhen): "green" | "red" | "neutral" {
  if (delta == null || delta === 0 || betterWhen === null) return "neutral";
  return (delta > 0) === (betterWhen === "higher") ? "green" : "red";
}

/** "1,234 of 20,000 tickets · 850 tickets/s · about 22 s left". */
export function progressDetail(p: { processed: number; total: number; ticketsPerSecond: number; etaSeconds: number | null }): string {
  const parts = [`${p.processed.toLocaleString("en")} of ${p.total.toLocaleString("en")} tickets`];
  if (p.ticketsPerSecond > 0) parts.push(`${Math.round(p.ticketsPerSecond).toLocaleString("en")} tickets/s`);
  if (p.etaSeconds !== null && p.processed < p.total) parts.push(`about ${formatSeconds(Math.max(1, p.etaSeconds))} left`);
  return parts.join(" · ");
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
