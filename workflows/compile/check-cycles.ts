import { countText } from "../model/limits";
import { LOOP_BREAKING_KINDS } from "../model/nodes";
import type { CompileError } from "../model/plan";
import { compileError, type CompileEdge, type CompileGraph } from "./context";
import { successorsOf } from "./adjacency";
import { stronglyConnected } from "./strongly-connected";

/**
 * A loop is fine only if the run rests inside it every time round (a Wait for): otherwise one event would
 * spin the interpreter forever. An SLA timer does not count, since once its target is met or missed it
 * decides at once on every entry. Taking the waits out of the graph and looking for strongly connected
 * components finds exactly the loops that avoid every wait, including a fast detour inside a loop that
 * also has one.
 */
export function checkCycles(graph: CompileGraph, linked: readonly CompileEdge[]): CompileError[] {
  const busy = new Set(graph.nodes.filter((n) => n.kind === undefined || !LOOP_BREAKING_KINDS.has(n.kind)).map((n) => n.id));
  const inside = (edge: CompileEdge) => busy.has(edge.source) && busy.has(edge.target);
  const successors = successorsOf(linked, inside);
  const edgeBetween = new Map<string, CompileEdge>();
  for (const edge of linked) {
    const key = `${edge.source}\u0000${edge.target}`;
    if (inside(edge) && !edgeBetween.has(key)) edgeBetween.set(key, edge);
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
    const names = loopText([...path, start].map((id) => graph.byId.get(id)?.name ?? id));
    const message = `${graph.byId.get(start)?.name ?? start}: the steps ${names} form a loop with no Wait for, so a ticket could go round forever (an SLA timer lets it straight through once its target is met or missed); add a Wait for inside the loop or break it`;
    return compileError({ code: "cycle-without-wait", message, nodeId: start, edgeId: closing?.id });
  });
}

/** The shortest way round from `start` back to itself inside its component, for the message. */
function loopFrom(start: string, inside: ReadonlySet<string>, successors: ReadonlyMap<string, readonly string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of successors.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = cameFrom.get(v); p !== undefined; p = cameFrom.get(p)) path.push(p);
        return path.reverse();
      }
      if (cameFrom.has(w)) continue;
      cameFrom.set(w, v);
      queue.push(w);
    }
  }
  return [start];
}

/** A long loop is named by its first and last steps: the message must stay readable, and short. */
const SHOWN_STEPS = 8;
function loopText(names: readonly string[]): string {
  if (names.length <= SHOWN_STEPS) return names.join(" → ");
  const hidden = names.length - SHOWN_STEPS;
  return [...names.slice(0, SHOWN_STEPS - 2), `… ${countText(hidden)} more steps …`, ...names.slice(-2)].join(" → ");
}
