import "server-only";
import type { PrismaClient } from "@prisma/client";

/** The kinds of node that name a queue in their `queue` field. */
const QUEUE_KINDS = new Set(["route", "escalate"]);

/**
 * The flows whose published (active or shadow) version sends tickets to the queue, by name: renaming or
 * deleting the queue would leave their running versions routing to a queue that no longer exists.
 */
export async function flowsUsingQueue(prisma: PrismaClient, queueName: string): Promise<string[]> {
  const flows = await prisma.flow.findMany({
    where: { OR: [{ activeVersionId: { not: null } }, { shadowVersionId: { not: null } }] },
    select: { name: true, activeVersion: { select: { graph: true } }, shadowVersion: { select: { graph: true } } },
    orderBy: { name: "asc" },
  });
  return flows
    .filter((flow) => [flow.activeVersion?.graph, flow.shadowVersion?.graph].some((graph) => routesTo(graph, queueName)))
    .map((flow) => flow.name);
}

function routesTo(graph: unknown, queueName: string): boolean {
  const nodes = (graph as { nodes?: unknown } | null | undefined)?.nodes;
  if (!Array.isArray(nodes)) return false;
  return nodes.some((node: { type?: unknown; data?: { queue?: unknown } }) => QUEUE_KINDS.has(String(node?.type)) && node?.data?.queue === queueName);
}

/** "the flow "Tiered support"" or "the flows "A" and "B"". */
export function flowsPhrase(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  if (quoted.length === 1) return `the flow ${quoted[0]}`;
  return `the flows ${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
