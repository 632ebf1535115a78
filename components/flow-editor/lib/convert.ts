import { MarkerType } from "@xyflow/react";
import { isNodeKind, type TLooseFlowGraph } from "@/workflows/model";
import type { EditorEdge, EditorGraph, EditorNode, EditorNodeData } from "./types";

/** The saved graph shape (React-Flow-like JSON) that the compiler and the server take. */
export interface SavedGraph {
  nodes: Array<{ id: string; type: string; position: { x: number; y: number }; data: EditorNodeData }>;
  edges: Array<{ id: string; source: string; target: string; sourceHandle?: string }>;
  settings?: unknown;
}

export interface LoadedGraph extends EditorGraph {
  /** Ids of nodes whose type the editor does not know; they are reported, not silently dropped. */
  skipped: string[];
}

export const EDGE_DEFAULTS = { type: "smoothstep", markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } } as const;

function asData(data: unknown): EditorNodeData {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? { ...(data as EditorNodeData) } : {};
}

export function toEditorGraph(graph: TLooseFlowGraph): LoadedGraph {
  const skipped: string[] = [];
  const nodes: EditorNode[] = [];
  graph.nodes.forEach((n, i) => {
    if (!isNodeKind(n.type)) {
      skipped.push(n.id);
      return;
    }
    // Graphs written by hand may lack positions; stagger them so nothing overlaps before auto-layout.
    const position = n.position ?? { x: i * 260, y: 0 };
    nodes.push({ id: n.id, type: n.type, position, data: asData(n.data) });
  });
  // Edges to missing nodes are kept: React Flow cannot draw them, but the compiler reports them and the
  // problems panel offers to remove them, instead of the editor dropping them without a word.
  const edges: EditorEdge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? null, ...EDGE_DEFAULTS }));
  return { nodes, edges, skipped };
}

/** Back to the saved shape: editor-only state (selection, measured size, styling) is left behind. */
export function toSavedGraph({ nodes, edges }: EditorGraph, settings?: unknown): SavedGraph {
  const out: SavedGraph = {
    nodes: nodes.map((n) => ({
      id: n.id,
      type: n.type ?? "",
      position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
      data: n.data,
    })),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    })),
  };
  if (settings !== undefined) out.settings = settings;
  return out;
}

/** A fresh id for a new node of a kind: "route-3" reads better in error messages than a UUID. */
export function nextNodeId(kind: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

export function edgeIdFor(source: string, sourceHandle: string | null | undefined, target: string): string {
  return `e-${source}-${sourceHandle ?? "next"}-${target}`;
}
