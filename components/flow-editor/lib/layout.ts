import dagre from "@dagrejs/dagre";
import type { EditorGraph } from "./types";

export const NODE_WIDTH = 240;
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

/**
 * The first spot at or below `p` where a new node would not cover an existing one, so clicking a
 * palette item never hides a node under the new one.
 */
export function freeSpot(nodes: EditorGraph["nodes"], p: { x: number; y: number }, height = BASE_HEIGHT): { x: number; y: number } {
  const overlaps = (y: number) =>
    nodes.some((n) => {
      const w = n.measured?.width ?? NODE_WIDTH;
      const h = n.measured?.height ?? BASE_HEIGHT;
      return p.x < n.position.x + w && p.x + NODE_WIDTH > n.position.x && y < n.position.y + h && y + height > n.position.y;
    });
  let y = p.y;
  for (let i = 0; i < 50 && overlaps(y); i++) y += 40;
  return { x: p.x, y };
}
