import { edgeIdFor, nextNodeId } from "./convert";
import type { EditorEdge, EditorGraph, EditorNode } from "./types";

/** The selected nodes and the edges between them; edges to unselected nodes would dangle on paste. */
export function copySelection({ nodes, edges }: EditorGraph): EditorGraph {
  const picked = nodes.filter((n) => n.selected);
  const ids = new Set(picked.map((n) => n.id));
  return { nodes: picked, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** Fresh ids (so a paste never collides), offset positions, and the pasted nodes selected. */
export function pasteInto(current: EditorGraph, clip: EditorGraph, offset: number): EditorGraph {
  const taken = new Set(current.nodes.map((n) => n.id));
  const idMap = new Map<string, string>();
  const pasted: EditorNode[] = clip.nodes.map((n) => {
    const id = nextNodeId(n.type ?? "node", taken);
    taken.add(id);
    idMap.set(n.id, id);
    return {
      id,
      type: n.type,
      position: { x: n.position.x + offset, y: n.position.y + offset },
      data: structuredClone(n.data),
      selected: true,
    };
  });
  const pastedEdges: EditorEdge[] = clip.edges.map((e) => {
    const source = idMap.get(e.source) ?? e.source;
    const target = idMap.get(e.target) ?? e.target;
    return { ...e, id: edgeIdFor(source, e.sourceHandle, target), source, target, selected: false };
  });
  return {
    nodes: [...current.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted],
    edges: [...current.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...pastedEdges],
  };
}
