import type { Tone } from "@/components/ui/Badge";
import type { TForecastStatus } from "@/workflows/metrics/forecast";
import { TARGET_METRIC_DEFS, type TTargetMetric } from "@/workflows/metrics/targets";

/** A stored value as the form shows it: a share in percent, hours as they are. */
export function toInput(metric: TTargetMetric, value: number): string {
  return TARGET_METRIC_DEFS[metric].unit === "share" ? String(Math.round(value * 1000) / 10) : String(value);
}

/** What the user typed, in the stored unit; NaN when it is not a number (the schema then says so). */
export function fromInput(metric: TTargetMetric, text: string): number {
  const trimmed = text.trim().replace(",", ".");
  const n = trimmed === "" ? Number.NaN : Number(trimmed);
  return TARGET_METRIC_DEFS[metric].unit === "share" ? n / 100 : n;
}

/** The value on the chart's axis: percent or hours. */
export function toChart(metric: TTargetMetric, value: number): number {
  return TARGET_METRIC_DEFS[metric].unit === "share" ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100;
}

export const STATUS: Record<TForecastStatus, { label: string; tone: Tone; means: string }> = {
  "on-track": { label: "On track", tone: "green", means: "the trend reaches the target by the due date" },
  "at-risk": { label: "At risk", tone: "amber", means: "the trend falls short, but the target is inside the projection's range" },
  "off-track": { label: "Off track", tone: "red", means: "even the favourable end of the projection's range falls short" },
  "not-enough-data": { label: "Not enough data", tone: "neutral", means: "fewer than four weeks with tickets to draw a trend from" },
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "18 Sep 2031" from a day string, the same on the server and in the browser. */
export function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** "18 Sep" for chart ticks, from a UTC timestamp. */
export function formatTick(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** "3-month automation rate target" as a heading: "3-month …" stays, "automation …" becomes "Automation …". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
