import type { HandleSpec } from "../model/handles";
import type { CompileError } from "../model/plan";
import { compileError, listOf, quote, type CompileEdge, type CompileGraph, type CompileNode, type WiredEdge } from "./context";

export interface EdgeCheck {
  errors: CompileError[];
  /** Edges between two existing nodes and not into a trigger: what reachability and cycles walk. */
  linked: CompileEdge[];
  /** Linked edges leaving a real output, one per output: what outputs and the plan use. */
  wired: WiredEdge[];
}

/**
 * Every connection must join two existing nodes, leave from an output the source kind has, and be the
 * only one on that output. Errors name the source node, whose output is what the person has to fix.
 */
export function checkEdges(graph: CompileGraph): EdgeCheck {
  const errors: CompileError[] = [];
  const linked: CompileEdge[] = [];
  const wired: WiredEdge[] = [];
  const taken = new Map<string, CompileEdge>();

  for (const edge of graph.edges) {
    const source = graph.byId.get(edge.source);
    const target = graph.byId.get(edge.target);
    if (source === undefined) {
      const message = `A connection starts at a node ${quote(edge.source)} that does not exist; delete the connection and draw it again`;
      errors.push(compileError({ code: "edge-unknown-source", message, edgeId: edge.id }));
    }
    if (target === undefined) {
      const what = source === undefined ? "A connection leads" : `${source.name}: a connection leads`;
      const message = `${what} to a node ${quote(edge.target)} that does not exist; connect it to a step on the canvas`;
      errors.push(compileError({ code: "edge-unknown-target", message, nodeId: source?.id, edgeId: edge.id }));
    }
    if (source === undefined || target === undefined) continue;
    if (target.kind === "trigger") {
      const message = `${source.name}: connects into ${target.name}, but a trigger only starts the flow and cannot be entered`;
      errors.push(compileError({ code: "edge-into-trigger", message, nodeId: source.id, edgeId: edge.id }));
      continue;
    }
    linked.push(edge);
    if (source.handles === undefined) continue;

    const handle = resolveHandle(edge, source.handles);
    if (handle === undefined) {
      errors.push(unknownHandle(edge, source, source.handles));
      continue;
    }
    const key = `${source.id}\u0000${handle.id}`;
    const first = taken.get(key);
    if (first !== undefined) {
      const firstTarget = graph.byId.get(first.target)?.name ?? quote(first.target);
      const message = `${source.name}: the ${quote(handle.label)} output is connected twice (to ${firstTarget} and ${target.name}); an output leads to exactly one next step`;
      errors.push(compileError({ code: "duplicate-output", message, nodeId: source.id, edgeId: edge.id, handle: handle.id }));
      continue;
    }
    taken.set(key, edge);
    wired.push({ ...edge, handle: handle.id });
  }
  return { errors, linked, wired };
}

/** React Flow leaves sourceHandle empty for a node's default output: take "next", or the only output. */
export function resolveHandle(edge: CompileEdge, handles: readonly HandleSpec[]): HandleSpec | undefined {
  if (edge.sourceHandle !== undefined) return handles.find((h) => h.id === edge.sourceHandle);
  return handles.find((h) => h.id === "next") ?? (handles.length === 1 ? handles[0] : undefined);
}

function unknownHandle(edge: CompileEdge, source: CompileNode, handles: readonly HandleSpec[]): CompileError {
  const names = handles.map((h) => quote(h.label));
  const message =
    handles.length === 0
      ? `${source.name}: ends the flow, so it has no outputs to connect`
      : edge.sourceHandle === undefined
        ? `${source.name}: a connection does not say which output it leaves from (${listOf(names)})`
        : `${source.name}: has no output ${quote(edge.sourceHandle)}; its outputs are ${listOf(names, "and")}`;
  return compileError({ code: "edge-unknown-handle", message, nodeId: source.id, edgeId: edge.id, handle: edge.sourceHandle });
}
