import { outputHandles, type HandleSpec, type TNodeKind } from "@/workflows/model";
import type { EditorEdge, EditorNode, EditorNodeData } from "./types";

/** Output handles of a node being edited: a switch whose cases are mid-edit shows only its fallback rather than crash. */
export function handlesOf(kind: TNodeKind, data: EditorNodeData): HandleSpec[] {
  if (kind === "switch") {
    const cases = Array.isArray(data.cases) ? data.cases.filter((c) => typeof c === "object" && c !== null && typeof c.id === "string") : [];
    return outputHandles("switch", { cases } as never);
  }
  return outputHandles(kind, data as never);
}

/**
 * Removing a switch case removes its output handle; React Flow cannot draw an edge from a handle that
 * is gone, so the edge would be an invisible error. It goes with the case (undo brings both back).
 */
export function dropDanglingEdges(edges: EditorEdge[], node: EditorNode | undefined): EditorEdge[] {
  if (!node?.type) return edges;
  const ids = new Set(handlesOf(node.type, node.data).map((h) => h.id));
  const kept = edges.filter((e) => e.source !== node.id || !e.sourceHandle || ids.has(e.sourceHandle));
  return kept.length === edges.length ? edges : kept;
}
