// Types only: this module is also imported by server components (GraphDiffView), and @xyflow/react is client-only.
import type { Edge, Node } from "@xyflow/react";
import type { DiffableGraph, GraphDiff } from "@/workflows/diff";

/** How a node or edge fared between the two graphs; one status each, the strongest wins. */
export type DiffStatus = "added" | "removed" | "changed" | "moved" | "unchanged";

export interface DiffNodeData extends Record<string, unknown> {
  /** The node's own config (what the editor's node components read), as in the graph it is drawn from. */
  config: Record<string, unknown>;
  kind: string;
  diffStatus: DiffStatus;
  /** Number of changed fields, for a changed node's badge. */
  changeCount: number;
}

export type DiffCanvasNode = Node<DiffNodeData, "diff">;
export type DiffCanvasEdge = Edge<{ diffStatus: DiffStatus }>;

export const EDGE_STYLES: Record<"added" | "removed" | "unchanged", { stroke: string; strokeWidth: number; strokeDasharray?: string }> = {
  added: { stroke: "#059669", strokeWidth: 2.5 },
  removed: { stroke: "#dc2626", strokeWidth: 2, strokeDasharray: "6 4" },
  unchanged: { stroke: "#a1a1aa", strokeWidth: 1.5 },
};

/** The anchor id of a node's rows in the field table below the canvas (GraphDiffView). */
export function diffNodeAnchor(id: string): string {
  return `diff-node-${id}`;
}

type GraphNode = DiffableGraph["nodes"][number];
type GraphEdge = DiffableGraph["edges"][number];

/** The same identity diffGraphs uses: what an edge connects, with a missing handle meaning "next". */
function edgeKey(e: { source: string; target: string; sourceHandle?: string | null }): string {
  return JSON.stringify([e.source, e.sourceHandle ?? "next", e.target]);
}

function asRecord(data: unknown): Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : {};
}

/**
 * Both graphs merged for one read-only canvas: every node of the newer graph at its position, plus the
 * removed nodes of the older graph at theirs; every edge of the newer graph, plus the removed ones.
 * Each carries its status from `diff` (the result of diffGraphs(before, after)).
 */
export function diffCanvasElements(before: DiffableGraph, after: DiffableGraph, diff: GraphDiff): { nodes: DiffCanvasNode[]; edges: DiffCanvasEdge[] } {
  const added = new Set(diff.nodes.added);
  const removed = new Set(diff.nodes.removed);
  const changed = new Map(diff.nodes.changed.map((c) => [c.id, c.changes.length]));
  const moved = new Set(diff.nodes.moved);

  const toNode = (n: GraphNode, i: number, status: DiffStatus): DiffCanvasNode => ({
    id: n.id,
    type: "diff",
    // Hand-written graphs may lack positions; stagger them like the editor does.
    position: n.position ?? { x: i * 260, y: 0 },
    data: { config: asRecord(n.data), kind: n.type, diffStatus: status, changeCount: changed.get(n.id) ?? 0 },
    draggable: false,
    connectable: false,
  });

  const statusOf = (id: string): DiffStatus =>
    added.has(id) ? "added" : changed.has(id) ? "changed" : moved.has(id) ? "moved" : "unchanged";

  const nodes: DiffCanvasNode[] = [
    ...after.nodes.map((n, i) => toNode(n, i, statusOf(n.id))),
    ...before.nodes.flatMap((n, i) => (removed.has(n.id) ? [toNode(n, i, "removed")] : [])),
  ];

  const addedEdges = new Set(diff.edges.added.map(edgeKey));
  const removedEdges = new Set(diff.edges.removed.map(edgeKey));
  const toEdge = (e: GraphEdge, status: "added" | "removed" | "unchanged", id: string): DiffCanvasEdge => ({
    id,
    source: e.source,
    target: e.target,
    sourceHandle: e.sourceHandle ?? null,
    type: "smoothstep",
    style: EDGE_STYLES[status],
    markerEnd: { type: "arrowclosed", width: 16, height: 16, color: EDGE_STYLES[status].stroke },
    animated: false,
    selectable: false,
    focusable: false,
    data: { diffStatus: status },
    ...(status === "unchanged" ? {} : { className: `diff-edge-${status}` }),
  });
  const edges: DiffCanvasEdge[] = [
    ...after.edges.map((e) => toEdge(e, addedEdges.has(edgeKey(e)) ? "added" : "unchanged", e.id)),
    // Removed edges may share an id with a newer edge (ids are regenerated); keep theirs apart.
    ...before.edges.filter((e) => removedEdges.has(edgeKey(e))).map((e) => toEdge(e, "removed", `removed:${e.id}`)),
  ];
  return { nodes, edges };
}
