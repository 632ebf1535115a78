import { isNodeKind, NODE_DATA_SCHEMAS, outputHandles, type TLooseFlowGraph, type TNodeKind } from "@/workflows/model";

export interface OutlineOutput {
  handle: string;
  label: string;
  /** Where this output leads; null when nothing is connected. */
  target: { id: string; label: string } | null;
  /** An edge leaves from a handle this node kind does not have. */
  unknownHandle: boolean;
}

export interface OutlineNode {
  id: string;
  kind: string;
  label: string;
  knownKind: boolean;
  outputs: OutlineOutput[];
}

function labelOf(node: TLooseFlowGraph["nodes"][number]): string {
  const data = node.data;
  if (data && typeof data === "object" && "label" in data && typeof data.label === "string" && data.label.trim()) {
    return data.label;
  }
  return node.type;
}

function declaredHandles(kind: TNodeKind, data: unknown) {
  const parsed = NODE_DATA_SCHEMAS[kind].safeParse(data);
  // A node whose config does not parse still has its fixed outputs; only switch cases depend on data.
  return outputHandles(kind, parsed.success ? (parsed.data as never) : undefined);
}

/**
 * The graph as a readable list: every node with where each of its outputs goes, in the order a run
 * would meet them (breadth-first from the triggers), unreachable nodes last.
 */
export function outlineGraph(graph: TLooseFlowGraph): OutlineNode[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgesFrom = new Map<string, TLooseFlowGraph["edges"]>();
  for (const edge of graph.edges) {
    edgesFrom.set(edge.source, [...(edgesFrom.get(edge.source) ?? []), edge]);
  }

  const outline = (node: TLooseFlowGraph["nodes"][number]): OutlineNode => {
    const edges = edgesFrom.get(node.id) ?? [];
    const knownKind = isNodeKind(node.type);
    const handles = knownKind ? declaredHandles(node.type as TNodeKind, node.data) : [];
    const targetOf = (id: string) => ({ id, label: byId.has(id) ? labelOf(byId.get(id)!) : `${id} (missing node)` });
    // An edge without a sourceHandle leaves from the node's only (or "next") output.
    const handleOf = (h: string | null | undefined) => h ?? (handles.length === 1 ? handles[0]!.id : "next");

    const outputs: OutlineOutput[] = [];
    for (const h of handles) {
      const matching = edges.filter((e) => handleOf(e.sourceHandle) === h.id);
      if (matching.length === 0) outputs.push({ handle: h.id, label: h.label, target: null, unknownHandle: false });
      for (const e of matching) outputs.push({ handle: h.id, label: h.label, target: targetOf(e.target), unknownHandle: false });
    }
    for (const e of edges) {
      const handle = handleOf(e.sourceHandle);
      if (handles.some((h) => h.id === handle)) continue;
      outputs.push({ handle, label: handle, target: targetOf(e.target), unknownHandle: knownKind });
    }
    return { id: node.id, kind: node.type, label: labelOf(node), knownKind, outputs };
  };

  const ordered: string[] = [];
  const seen = new Set<string>();
  const queue = graph.nodes.filter((n) => n.type === "trigger").map((n) => n.id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    ordered.push(id);
    for (const e of edgesFrom.get(id) ?? []) queue.push(e.target);
  }
  for (const n of graph.nodes) if (!seen.has(n.id)) ordered.push(n.id);

  return ordered.map((id) => outline(byId.get(id)!));
}
