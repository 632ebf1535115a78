import { z } from "zod";
import { CHANNELS, PRIORITIES, STATUSES } from "../../workflows/model/fields";

/** The agent workspace's queue views, in the order the page lists them. */
export const WORKSPACE_VIEWS = ["mine", "team", "unassigned", "sla", "escalated", "all"] as const;
export type TWorkspaceView = (typeof WORKSPACE_VIEWS)[number];

export const VIEW_LABELS: Record<TWorkspaceView, string> = {
  mine: "Mine",
  team: "My team's",
  unassigned: "Unassigned",
  sla: "SLA due soon",
  escalated: "Escalated",
  all: "All tickets",
};

/** "SLA due soon": a target not met yet whose deadline falls within this many hours (or has passed). */
export const SLA_SOON_HOURS = 4;

/** Live: came in through a webhook, a helpdesk or the API; imported: loaded from a helpdesk export (history). */
export const ORIGINS = ["live", "imported", "all"] as const;

const text = z.string().trim().min(1).max(200);

/**
 * What the workspace list shows: one queue view plus any filters. The queue views other than "all" hold the
 * tickets still waiting on someone (new, open, pending) unless a status is asked for. No origin: every ticket
 * (the page always says which; an agent's default is live tickets).
 */
export const ZWorkspaceFilterSchema = z.object({
  view: z.enum(WORKSPACE_VIEWS).default("all"),
  /** Words in the subject or the first message. */
  q: text.optional(),
  status: z.enum(STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  tier: z.coerce.number().int().min(1).max(3).optional(),
  intent: text.optional(),
  /** The queue's name. */
  queue: text.optional(),
  channel: z.enum(CHANNELS).optional(),
  /** Part of the customer's name, email or id in the helpdesk. */
  customer: text.optional(),
  origin: z.enum(ORIGINS).optional(),
});
export type TWorkspaceFilter = z.infer<typeof ZWorkspaceFilterSchema>;

/** The filter keys a URL carries, in the order it writes them. */
const KEYS = ["view", "q", "status", "priority", "tier", "intent", "queue", "channel", "customer", "origin"] as const;

/** The page's filter from its URL: a value that does not parse is dropped (a stale bookmark still opens). */
export function filterFromSearch(search: URLSearchParams | Record<string, string | string[] | undefined>): TWorkspaceFilter & { origin: (typeof ORIGINS)[number] } {
  const get = (key: string) => {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = get(key);
    if (value === undefined || value === "") continue;
    const one = ZWorkspaceFilterSchema.shape[key].safeParse(value);
    if (one.success) raw[key] = one.data;
  }
  const filter = ZWorkspaceFilterSchema.parse(raw);
  return { ...filter, view: filter.view, origin: filter.origin ?? "live" };
}

/** The query string for a filter, leaving out what is the default, so the plain inbox stays "/inbox". */
export function searchOfFilter(filter: TWorkspaceFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value === undefined) continue;
    if (key === "view" && value === "all") continue;
    if (key === "origin" && value === "live") continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === "" ? "" : `?${qs}`;
}
