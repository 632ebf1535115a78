import { RESTING_KINDS } from "../model/nodes";
import type { CompileError } from "../model/plan";
import { compileError, type CompileEdge, type CompileGraph } from "./context";
import { stronglyConnected } from "./strongly-connected";

/**
 * A loop is fine only if the run rests inside it (Wait for, SLA timer): otherwise one event would spin
 * the interpreter forever. Taking the resting nodes out of the graph and looking for strongly
 * connected components finds exactly the loops that avoid every resting node, including a fast
 * detour inside a loop that also has a wait.
 */
export function checkCycles(graph: CompileGraph, linked: readonly CompileEdge[]): CompileError[] {
  const busy = new Set(graph.nodes.filter((n) => n.kind === undefined || !RESTING_KINDS.has(n.kind)).map((n) => n.id));
  const successors = new Map<string, string[]>();
  const edgeBetween = new Map<string, CompileEdge>();
  for (const edge of linked) {
    if (!busy.has(edge.source) || !busy.has(edge.target)) continue;
    successors.set(edge.source, [...(successors.get(edge.source) ?? []), edge.target]);
    const key = `${edge.source}\u0000${edge.target}`;
    if (!edgeBetween.has(key)) edgeBetween.set(key, edge);
  }

  const order = (id: string) => graph.byId.get(id)?.index ?? 0;
  const loops = stronglyConnected([...busy], successors)
    .filter((c) => c.length > 1 || edgeBetween.has(`${c[0]}\u0000${c[0]}`))
    .map((c) => [...c].sort((a, b) => order(a) - order(b)))
    .sort((a, b) => order(a[0]!) - order(b[0]!));

  return loops.map((component) => {
    const start = component[0]!;
    const path = loopFrom(start, new Set(component), successors);
    const closing = edgeBetween.get(`${path[path.length - 1]}\u0000${start}`);
    const names = [...path, start].map((id) => graph.byId.get(id)?.name ?? id).join(" → ");
    const message = `${graph.byId.get(start)?.name ?? start}: the steps ${names} form a loop with no Wait for or SLA timer, so a ticket could go round forever; add a wait inside the loop or break it`;
    return compileError({ code: "cycle-without-wait", message, nodeId: start, edgeId: closing?.id });
  });
}

/** The shortest way round from `start` back to itself inside its component, for the message. */
function loopFrom(start: string, inside: ReadonlySet<string>, successors: ReadonlyMap<string, readonly string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
    for (const w of successors.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = cameFrom.get(v); p !== undefined; p = cameFrom.get(p)) path.unshift(p);
        return path;
      }
      if (cameFrom.has(w)) continue;
      cameFrom.set(w, v);
      queue.push(w);
    }
  }
  return [start];
}
