import dagre from "@dagrejs/dagre";
import { NODE_WIDTH } from "./placement";
import type { EditorGraph } from "./types";

export { NODE_WIDTH };

const BASE_HEIGHT = 84;
const HANDLE_ROW = 18;

/**
 * Left-to-right layered layout with dagre. Heights are estimated from the number of outputs (a switch
 * with six cases is taller), using the measured size when the canvas has one.
 */
export function layoutPositions(graph: EditorGraph, outputsOf: (id: string) => number): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 36, ranksep: 90, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) {
    const width = n.measured?.width ?? NODE_WIDTH;
    const height = n.measured?.height ?? BASE_HEIGHT + Math.max(0, outputsOf(n.id) - 2) * HANDLE_ROW;
    g.setNode(n.id, { width, height });
  }
  for (const e of graph.edges) if (g.hasNode(e.source) && g.hasNode(e.target)) g.setEdge(e.source, e.target);
  dagre.layout(g);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of graph.nodes) {
    const p = g.node(n.id);
    // dagre gives centres; xyflow positions are top-left corners.
    if (p) out.set(n.id, { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) });
  }
  return out;
}
