import "server-only";

/** The kinds of node whose `queue` sends a ticket to a queue, and so to a helpdesk group on a connected ticket. */
const QUEUE_KINDS = new Set(["route", "escalate"]);

/** The queue names a compiled plan's route and escalate nodes name, each once. Stored plans are read defensively. */
export function queuesNamedByPlan(plan: unknown): string[] {
  const nodes = (plan as { nodes?: unknown } | null | undefined)?.nodes;
  if (nodes === null || typeof nodes !== "object") return [];
  const names = new Set<string>();
  for (const node of Object.values(nodes as Record<string, { type?: unknown; config?: { queue?: unknown } }>)) {
    const queue = node?.config?.queue;
    if (QUEUE_KINDS.has(String(node?.type)) && typeof queue === "string" && queue !== "") names.add(queue);
  }
  return [...names];
}

export interface TUnmappedQueue {
  queue: string;
  /** The published flows that name it, by name. */
  flows: string[];
}

/** The queues the flows name that are not among `mapped`, by queue name, each with the flows naming it. */
export function unmappedQueuesOf(flows: ReadonlyArray<{ name: string; plans: unknown[] }>, mapped: ReadonlySet<string>): TUnmappedQueue[] {
  const byQueue = new Map<string, Set<string>>();
  for (const flow of flows) {
    for (const queue of flow.plans.flatMap(queuesNamedByPlan)) {
      if (mapped.has(queue)) continue;
      const names = byQueue.get(queue) ?? new Set<string>();
      names.add(flow.name);
      byQueue.set(queue, names);
    }
  }
  return [...byQueue.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([queue, names]) => ({ queue, flows: [...names].sort() }));
}
