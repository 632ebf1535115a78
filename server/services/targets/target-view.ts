import "server-only";
import { fitLine, forecastStatus, predictAt, type TForecastStatus, type TPrediction } from "../../../workflows/metrics/forecast";
import { addSums, emptySums, type TRollupSums } from "../../../workflows/metrics/summarize";
import { gapSentence, type TCategoryCounts } from "../../../workflows/metrics/target-gap";
import { TARGET_METRIC_DEFS, targetMetricValue, weeksBetween } from "../../../workflows/metrics/targets";
import { addDays } from "../../../workflows/metrics/weeks";
import { currentOf, keyLabel, type TTargetHistory, type TTargetVersion } from "./target-rows";

/** The weeks a forecast is fitted on: the last thirteen full weeks, a quarter of the metric's own recent course. */
export const FIT_WEEKS = 13;
/** Points along the projection's band, enough for its curve to show on the chart. */
const BAND_POINTS = 12;

/** Rollup sums per week (its Monday) and category: what every target's figures are read from. */
export type TWeeklySums = Map<string, Map<string, TRollupSums>>;

export interface TWeekPoint {
  /** The week's Monday. */
  week: string;
  value: number | null;
  count: number;
}

export interface TBandPoint extends TPrediction {
  day: string;
}

export interface TTargetView {
  label: string;
  history: TTargetHistory;
  current: TTargetVersion;
  /** The metric over the last four full weeks. */
  actual: { value: number | null; count: number };
  series: TWeekPoint[];
  forecast: {
    status: TForecastStatus;
    fittedWeeks: number;
    slopePerWeek: number | null;
    atDue: TPrediction | null;
    band: TBandPoint[];
  };
  sentence: string;
}

export interface TBoardFrame {
  /** Monday of today's week: weeks before it are full, x = 0 on the forecast's axis. */
  thisMonday: string;
  weekly: TWeeklySums;
}

/** The sums of one week for a category, or for every ticket when the category is "". */
export function weekSums(weekly: TWeeklySums, week: string, category: string): TRollupSums | null {
  const cells = weekly.get(week);
  if (!cells) return null;
  if (category !== "") return cells.get(category) ?? null;
  const all = emptySums();
  for (const s of cells.values()) addSums(all, s);
  return all;
}

/** Per category over the last four full weeks: the tickets and automated tickets the gap sentence weighs. */
export function lastFourWeeksByCategory(frame: TBoardFrame): TCategoryCounts[] {
  const totals = new Map<string, TCategoryCounts>();
  for (let k = 1; k <= 4; k++) {
    for (const [category, s] of frame.weekly.get(addDays(frame.thisMonday, -7 * k)) ?? []) {
      const t = totals.get(category) ?? { category, tickets: 0, automated: 0 };
      t.tickets += s.counts.tickets;
      t.automated += s.counts.automated;
      totals.set(category, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.tickets - a.tickets || a.category.localeCompare(b.category));
}

/** One target in force, read against its weekly series: actual, the fitted trend, its projection to the due day, the gap. */
export function targetView(history: TTargetHistory, frame: TBoardFrame, chartFrom: string): TTargetView | null {
  const current = currentOf(history);
  if (current === null) return null;
  const { key } = history;
  const def = TARGET_METRIC_DEFS[key.metric];
  const series: TWeekPoint[] = [];
  for (let week = chartFrom; week < frame.thisMonday; week = addDays(week, 7)) {
    const s = weekSums(frame.weekly, week, key.category);
    series.push({ week, ...(s ? targetMetricValue(key.metric, s) : { value: null, count: 0 }) });
  }
  const last4 = emptySums();
  for (let k = 1; k <= 4; k++) {
    const s = weekSums(frame.weekly, addDays(frame.thisMonday, -7 * k), key.category);
    if (s) addSums(last4, s);
  }
  const actual = targetMetricValue(key.metric, last4);
  const fitFrom = addDays(frame.thisMonday, -7 * FIT_WEEKS);
  const fitted = series.filter((p) => p.week >= fitFrom && p.value !== null && p.count > 0);
  const fit = fitLine(fitted.map((p) => ({ x: weeksBetween(frame.thisMonday, p.week), value: p.value!, weight: p.count })));
  const bounds = def.unit === "share" ? { min: 0, max: 1 } : { min: 0 };
  const dueX = weeksBetween(frame.thisMonday, current.dueOn);
  const atDue = fit ? predictAt(fit, dueX, bounds) : null;
  const band: TBandPoint[] = [];
  if (fit && dueX > -1) {
    const fromX = -1;
    for (let i = 0; i <= BAND_POINTS; i++) {
      const x = fromX + ((dueX - fromX) * i) / BAND_POINTS;
      band.push({ day: addDays(frame.thisMonday, Math.round(x * 7)), ...predictAt(fit, x, bounds) });
    }
  }
  return {
    label: keyLabel(key),
    history,
    current,
    actual,
    series,
    forecast: { status: forecastStatus(atDue, current.value, def.better), fittedWeeks: fitted.length, slopePerWeek: fit?.slope ?? null, atDue, band },
    sentence: gapSentence({ metric: key.metric, category: key.category, target: current.value, actual: actual.value, categories: lastFourWeeksByCategory(frame) }),
  };
}
