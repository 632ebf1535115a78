import type { CompileError } from "../model/plan";
import { successorsOf } from "./adjacency";
import { compileError, type CompileEdge, type CompileGraph } from "./context";

/**
 * A step no trigger leads to never runs; it is usually a branch someone forgot to connect. Walks
 * every existing connection, even ones reported for other reasons, so a bad handle does not also
 * make the rest of its branch "unreachable".
 */
export function checkReachability(graph: CompileGraph, linked: readonly CompileEdge[]): CompileError[] {
  const roots = graph.nodes.filter((n) => n.kind === "trigger").map((n) => n.id);
  // Without a trigger everything is unreachable; the no-trigger error already says so.
  if (roots.length === 0) return [];

  const successors = successorsOf(linked);
  const reached = new Set<string>(roots);
  // A queue read by index: each step and each connection is visited once.
  const queue = [...roots];
  for (let head = 0; head < queue.length; head++) {
    for (const next of successors.get(queue[head]!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }

  return graph.nodes
    .filter((n) => !reached.has(n.id))
    .map((n) =>
      compileError({
        code: "unreachable-node",
        message: `${n.name}: no trigger leads here, so it never runs; connect it to the flow or delete it`,
        nodeId: n.id,
      }),
    );
}
