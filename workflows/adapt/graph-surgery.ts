import type { TFlowEdge, TFlowGraph, TFlowNode } from "../model/graph";

/** A graph being rewritten: plain arrays, changed in place by the helpers below. */
export interface TMutableGraph {
  nodes: TFlowNode[];
  edges: TFlowEdge[];
}

/** The id the examples give an edge: "a->b", or "a:handle->b" for any output but "next". */
export function edgeId(graph: TMutableGraph, source: string, handle: string | null | undefined, target: string): string {
  const base = `${source}${handle && handle !== "next" ? `:${handle}` : ""}->${target}`;
  return uniqueId(base, new Set(graph.edges.map((e) => e.id)));
}

export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

export function connect(graph: TMutableGraph, source: string, handle: string, target: string): void {
  graph.edges.push({ id: edgeId(graph, source, handle, target), source, sourceHandle: handle, target });
}

/** The node an output leads to, or undefined when it is open. */
export function targetOf(graph: TMutableGraph, source: string, handle: string): string | undefined {
  return graph.edges.find((e) => e.source === source && (e.sourceHandle ?? "next") === handle)?.target;
}

/**
 * Takes a node out and sends whatever led into it to where its `handle` output led: a condition that can
 * never hold is replaced by its false branch, a switch left without cases by its fallback.
 */
export function bypass(graph: TMutableGraph, nodeId: string, handle: string): void {
  const onward = targetOf(graph, nodeId, handle);
  const incoming = graph.edges.filter((e) => e.target === nodeId);
  graph.edges = graph.edges.filter((e) => e.source !== nodeId && e.target !== nodeId);
  graph.nodes = graph.nodes.filter((n) => n.id !== nodeId);
  if (onward === undefined) return;
  for (const e of incoming) connect(graph, e.source, e.sourceHandle ?? "next", onward);
}

/** Removes the nodes no trigger leads to any more (a case taken out leaves its branch behind), and their edges. */
export function pruneUnreachable(graph: TMutableGraph): string[] {
  const reached = new Set(graph.nodes.filter((n) => n.type === "trigger").map((n) => n.id));
  const queue = [...reached];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const e of graph.edges) {
      if (e.source !== id || reached.has(e.target)) continue;
      reached.add(e.target);
      queue.push(e.target);
    }
  }
  const removed = graph.nodes.filter((n) => !reached.has(n.id)).map((n) => n.id);
  graph.nodes = graph.nodes.filter((n) => reached.has(n.id));
  graph.edges = graph.edges.filter((e) => reached.has(e.source) && reached.has(e.target));
  return removed;
}
