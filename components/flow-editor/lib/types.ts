import type { Edge, Node } from "@xyflow/react";
import type { TNodeKind } from "@/workflows/model";

/**
 * What the canvas holds. A node's `data` is its kind's config as the user is editing it, so it may be
 * incomplete or invalid (that is what the live compile reports); it is typed loosely on purpose and
 * narrowed with the kind's zod schema wherever a valid config is needed.
 */
export type EditorNodeData = Record<string, unknown>;
export type EditorNode = Node<EditorNodeData, TNodeKind>;
export type EditorEdge = Edge;

export interface EditorGraph {
  nodes: EditorNode[];
  edges: EditorEdge[];
}
