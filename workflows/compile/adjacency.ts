import type { CompileEdge } from "./context";

/**
 * Successor lists built in one pass (each edge appended once), so every graph walk of the compiler costs
 * time in proportion to the steps and connections, however many connections leave one step.
 */
export function successorsOf(edges: readonly CompileEdge[], keep: (edge: CompileEdge) => boolean = () => true): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const edge of edges) {
    if (!keep(edge)) continue;
    const list = successors.get(edge.source);
    if (list === undefined) successors.set(edge.source, [edge.target]);
    else list.push(edge.target);
  }
  return successors;
}
