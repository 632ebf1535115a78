import type { TLooseFlowGraph } from "../model/graph";
import { diffValues, jsonEqual, type FieldChange } from "./diff-values";

/**
 * What changed between two flow graphs (two versions, or a version and the draft). Pure and
 * deterministic, so the browser can run it too.
 *
 * Nodes are matched by id. A node whose type, label or config differs is "changed", with one entry per
 * field ("type", "data.threshold", "data.cases[billing].label"); a node that only changed position is
 * "moved" (layout, not behaviour). Edges are matched by what they connect (source, output handle,
 * target), not by id: editors regenerate edge ids, and a re-pointed edge is a removal plus an addition.
 */
export interface GraphDiff {
  nodes: {
    added: string[];
    removed: string[];
    changed: NodeChange[];
    /** Nodes whose position changed (they may also be in `changed`). */
    moved: string[];
  };
  edges: { added: EdgeRef[]; removed: EdgeRef[] };
  /** Flow-level settings such as business hours, as "settings.businessHours.start". */
  settings: FieldChange[];
  /** True when nothing that affects tickets differs: at most nodes moved (or node / edge ids were renumbered). */
  behaviourUnchanged: boolean;
  /** True when the diff has nothing to show, layout included. Edge ids and list order are not compared. */
  identical: boolean;
}

export interface NodeChange {
  id: string;
  /** The node's type in the newer graph; a type change is also listed in `changes` as "type". */
  type: string;
  changes: FieldChange[];
}

export interface EdgeRef {
  id: string;
  source: string;
  target: string;
  sourceHandle: string | null;
}

/** The parts of a graph the diff reads; both strict and loose (draft) graphs fit. */
export type DiffableGraph = Pick<TLooseFlowGraph, "nodes" | "edges" | "settings">;

export function diffGraphs(before: DiffableGraph, after: DiffableGraph): GraphDiff {
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]));

  const added = after.nodes.filter((n) => !beforeNodes.has(n.id)).map((n) => n.id);
  const removed = before.nodes.filter((n) => !afterNodes.has(n.id)).map((n) => n.id);
  const changed: NodeChange[] = [];
  const moved: string[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (old === undefined) continue;
    const changes = [...diffValues(old.type, node.type, "type"), ...diffValues(old.data, node.data, "data")];
    if (changes.length > 0) changed.push({ id: node.id, type: node.type, changes });
    if (!jsonEqual(old.position, node.position)) moved.push(node.id);
  }

  const beforeEdges = new Map(before.edges.map((e) => [edgeKey(e), e]));
  const afterEdges = new Map(after.edges.map((e) => [edgeKey(e), e]));
  const edges = {
    added: [...afterEdges].filter(([key]) => !beforeEdges.has(key)).map(([, e]) => edgeRef(e)),
    removed: [...beforeEdges].filter(([key]) => !afterEdges.has(key)).map(([, e]) => edgeRef(e)),
  };
  const settings = diffValues(before.settings, after.settings, "settings");
  const result = { nodes: { added, removed, changed, moved }, edges, settings };
  return { ...result, behaviourUnchanged: isEmpty({ ...result, nodes: { ...result.nodes, moved: [] } }), identical: isEmpty(result) };
}

function isEmpty(diff: Pick<GraphDiff, "nodes" | "edges" | "settings">): boolean {
  const { nodes, edges, settings } = diff;
  return nodes.added.length + nodes.removed.length + nodes.changed.length + nodes.moved.length + edges.added.length + edges.removed.length + settings.length === 0;
}

type EdgeLike = DiffableGraph["edges"][number];

function edgeKey(e: EdgeLike): string {
  // Default outputs are saved both as a missing handle and as "next"; treat them alike.
  return JSON.stringify([e.source, e.sourceHandle ?? "next", e.target]);
}

function edgeRef(e: EdgeLike): EdgeRef {
  return { id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? null };
}
