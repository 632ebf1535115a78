import { z } from "zod";
import { addDays, weekStart } from "../../workflows/metrics/weeks";
import type { TMetricFilters } from "./filters";

/** The dashboard's date range presets: the last N weeks (this week included), or everything there is. */
export const RANGE_PRESETS = ["4w", "12w", "26w", "all"] as const;
export type TRangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_LABELS: Record<TRangePreset | "custom", string> = {
  "4w": "Last 4 weeks",
  "12w": "Last 12 weeks",
  "26w": "Last 26 weeks",
  all: "All time",
  custom: "Custom dates",
};
export const DEFAULT_RANGE: TRangePreset = "12w";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().trim().min(1).max(200);

/**
 * What the dashboard's address says: the range (a preset, or "custom" with its days) and the filters, each under a
 * short name, so a view can be shared, bookmarked and gone back to. `impact` is the flow version whose
 * before and after is shown.
 */
export const ZDashboardSearchSchema = z.object({
  range: z.enum([...RANGE_PRESETS, "custom"]).default(DEFAULT_RANGE),
  from: day.optional(),
  to: day.optional(),
  origin: z.enum(["all", "live", "imported"]).default("all"),
  category: text.optional(),
  tier: z.coerce.number().int().min(0).max(9).optional(),
  channel: text.optional(),
  queue: text.optional(),
  flow: text.optional(),
  version: text.optional(),
  connection: text.optional(),
  impact: text.optional(),
});
export type TDashboardSearch = z.infer<typeof ZDashboardSearchSchema>;

/** The keys in the order the address writes them. */
const KEYS = ["range", "from", "to", "origin", "category", "tier", "channel", "queue", "flow", "version", "connection", "impact"] as const;

/** The dashboard's state from its address: a value that does not parse is dropped, so a stale link still opens. */
export function searchFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>): TDashboardSearch {
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const got = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = Array.isArray(got) ? got[0] : got;
    if (value === undefined || value === null || value === "") continue;
    const one = ZDashboardSearchSchema.shape[key].safeParse(value);
    if (one.success) raw[key] = one.data;
  }
  const search = ZDashboardSearchSchema.parse(raw);
  // Custom dates without both days fall back to the default range rather than to an empty one.
  if (search.range === "custom" && (search.from === undefined || search.to === undefined)) return { ...search, range: DEFAULT_RANGE, from: undefined, to: undefined };
  if (search.range !== "custom") return { ...search, from: undefined, to: undefined };
  return search;
}

/** The query string of a state, leaving out defaults, so the plain dashboard stays "/dashboards". */
export function paramsOfSearch(search: TDashboardSearch): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = search[key];
    if (value === undefined) continue;
    if (key === "range" && value === DEFAULT_RANGE) continue;
    if (key === "origin" && value === "all") continue;
    if ((key === "from" || key === "to") && search.range !== "custom") continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === "" ? "" : `?${qs}`;
}

/** The days a range covers, given today (UTC day) and the first and last days with tickets. */
export function rangeDays(search: TDashboardSearch, today: string, span: { from: string | null; to: string | null }): { from: string; to: string } {
  if (search.range === "custom" && search.from && search.to) {
    return search.from <= search.to ? { from: search.from, to: search.to } : { from: search.to, to: search.from };
  }
  const end = span.to !== null && span.to > today ? span.to : today;
  if (search.range === "all") return { from: span.from ?? today, to: end };
  const weeks = Number(search.range.slice(0, -1));
  return { from: addDays(weekStart(today), -7 * (weeks - 1)), to: end };
}

/** The metrics API's filters for a state. */
export function filtersOfSearch(search: TDashboardSearch, today: string, span: { from: string | null; to: string | null }): TMetricFilters {
  const filters: TMetricFilters = { ...rangeDays(search, today, span), origin: search.origin };
  if (search.category !== undefined) filters.category = search.category;
  if (search.tier !== undefined) filters.tier = search.tier;
  if (search.channel !== undefined) filters.channel = search.channel;
  if (search.queue !== undefined) filters.queueId = search.queue;
  if (search.flow !== undefined) filters.flowId = search.flow;
  if (search.version !== undefined) filters.versionId = search.version;
  if (search.connection !== undefined) filters.connectionId = search.connection;
  return filters;
}

/** Whether any filter beyond the range and origin narrows the view. */
export function isNarrowed(search: TDashboardSearch): boolean {
  return [search.category, search.tier, search.channel, search.queue, search.flow, search.version, search.connection].some((v) => v !== undefined);
}
