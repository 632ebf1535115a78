import { MIN_SAMPLE_FOR_RATE, type TRate } from "@/workflows/metrics";

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en");
}

/**
 * "42%", "4.2%", "0.02%": more decimals as the rate gets small, where a whole percent would hide the difference
 * between 0.4% and 1.4% (or an interval's top end would read as 0).
 */
export function formatPercent(value: number | null): string {
  if (value === null) return "–";
  const pct = value * 100;
  if (pct === 0 || pct >= 10) return `${Math.round(pct)}%`;
  return `${pct >= 0.1 ? pct.toFixed(1) : pct.toFixed(2)}%`;
}

/** "38–46%": the rate's 95% interval. */
export function formatInterval(rate: TRate): string | null {
  if (rate.low === null || rate.high === null) return null;
  return `${formatPercent(rate.low).replace("%", "")}–${formatPercent(rate.high)}`;
}

/** "212 of 1,034 tickets, 95% interval 18–23%". */
export function rateSentence(rate: TRate, noun = "tickets"): string {
  const interval = formatInterval(rate);
  return `${formatCount(rate.numerator)} of ${formatCount(rate.count)} ${noun}${interval ? `, 95% interval ${interval}` : ""}`;
}

/** Whether a rate rests on too few answers to compare (it is still shown, with its interval). */
export function tooFew(count: number): boolean {
  return count < MIN_SAMPLE_FOR_RATE;
}

/** A duration in the unit that reads best: "45 s", "12 min", "3.4 h", "2.1 days". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "–";
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 36 * 3600) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

/** A change between two rates in percentage points: "+3.2 pts"; null when either is missing. */
export function pointsChange(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  return Math.round((now - before) * 1000) / 10;
}

export function formatPoints(points: number | null): string {
  if (points === null) return "–";
  if (points === 0) return "±0 pts";
  return `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1)} pts`;
}

/** "Week of 30 Nov": a week by its Monday. */
export function weekLabel(monday: string): string {
  const d = new Date(`${monday}T00:00:00Z`);
  return `${d.getUTCDate()} ${d.toLocaleString("en", { month: "short", timeZone: "UTC" })}`;
}

export function tierLabel(tier: number): string {
  return tier === 0 ? "No tier" : `Tier ${tier}`;
}

export function reasonLabel(reason: string): string {
  return reason === "" || reason === "unspecified" ? "No reason given" : reason.replaceAll("-", " ").replaceAll("_", " ");
}
