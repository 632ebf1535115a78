import "server-only";

/**
 * The node labels a stored flow carries, by node id: from its plan, or, for a plan stored without its nodes,
 * from the graph's own labels. Unlabelled nodes are left out, so a reader falls back to the node's id or kind.
 * Both are read as unknown JSON, since they come from the database as stored.
 */
export function storedNodeLabels(plan: unknown, graph: unknown): Array<[string, string]> {
  const nodes = (plan as { nodes?: Record<string, { label?: unknown }> } | null)?.nodes;
  if (nodes !== undefined && nodes !== null) {
    return Object.entries(nodes).flatMap(([id, n]) => (typeof n.label === "string" && n.label !== "" ? [[id, n.label] as [string, string]] : []));
  }
  const graphNodes = (graph as { nodes?: Array<{ id?: unknown; data?: { label?: unknown } }> } | null)?.nodes ?? [];
  return graphNodes.flatMap((n) => (typeof n.id === "string" && typeof n.data?.label === "string" && n.data.label !== "" ? [[n.id, n.data.label] as [string, string]] : []));
}
