import type { CompileError } from "../model/plan";
import { resolveHandle } from "./check-edges";
import { compileError, quote, type CompileGraph } from "./context";

/**
 * Branching outputs (true/false, switch cases, sent/handoff, met/breached…) must lead somewhere: a
 * branch left open silently ends the run for exactly the tickets someone forgot about. An output with
 * a connection drawn from it counts as connected even if that connection was reported as broken, so
 * one mistake is not reported twice.
 */
export function checkOutputs(graph: CompileGraph): CompileError[] {
  const drawn = new Set<string>();
  for (const edge of graph.edges) {
    const handles = graph.byId.get(edge.source)?.handles;
    const handle = handles === undefined ? undefined : resolveHandle(edge, handles);
    if (handle !== undefined) drawn.add(`${edge.source}\u0000${handle.id}`);
  }
  const errors: CompileError[] = [];
  for (const node of graph.nodes) {
    if (node.handles === undefined) continue;
    const seen = new Set<string>();
    for (const handle of node.handles) {
      if (!handle.required || seen.has(handle.id) || drawn.has(`${node.id}\u0000${handle.id}`)) continue;
      seen.add(handle.id);
      const message = `${node.name}: the ${quote(handle.label)} output is not connected; connect it to the next step (or to an End node)`;
      errors.push(compileError({ code: "unconnected-output", message, nodeId: node.id, handle: handle.id }));
    }
  }
  return errors;
}
