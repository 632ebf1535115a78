"use client";

import { memo, useCallback, useMemo, type DragEvent } from "react";
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type Edge } from "@xyflow/react";
import { isNodeKind } from "@/workflows/model";
import { DRAG_MIME } from "./Palette";
import { useErrorIndex } from "./lib/error-store";
import type { EditorNode } from "./lib/types";
import { nodeTypes } from "./kinds";
import type { FlowGraphApi } from "./useFlowGraph";

const ERROR_EDGE_STYLE = { stroke: "#dc2626", strokeWidth: 2 } as const;
const DELETE_KEYS = ["Backspace", "Delete"];
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 } as const;
const miniMapColor = (n: EditorNode) => (n.selected ? "#6366f1" : "#a1a1aa");

type Props = Pick<FlowGraphApi, "graph" | "onNodesChange" | "onEdgesChange" | "onConnect" | "onNodeDragStart" | "addNode">;

/** The React Flow surface: typed custom nodes, drop target for the palette, errors on edges. */
export const Canvas = memo(function Canvas({ graph, onNodesChange, onEdgesChange, onConnect, onNodeDragStart, addNode }: Props) {
  const { screenToFlowPosition } = useReactFlow();
  const { byEdge } = useErrorIndex();

  // Only edges with errors get new objects; the rest keep their identity so React Flow skips them.
  const edges = useMemo<Edge[]>(
    () =>
      byEdge.size === 0
        ? graph.edges
        : graph.edges.map((e) => {
            const errs = byEdge.get(e.id);
            return errs ? { ...e, style: ERROR_EDGE_STYLE, label: `⚠ ${errs.length}`, data: { errors: errs.map((x) => x.message) } } : e;
          }),
    [graph.edges, byEdge],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      e.preventDefault();
      const kind = e.dataTransfer.getData(DRAG_MIME);
      if (!isNodeKind(kind)) return;
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Drop so the pointer sits on the node's header, not its top-left corner.
      addNode(kind, { x: p.x - 120, y: p.y - 16 });
    },
    [addNode, screenToFlowPosition],
  );

  return (
    <ReactFlow<EditorNode, Edge>
      nodes={graph.nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onNodeDragStart={onNodeDragStart}
      onDrop={onDrop}
      onDragOver={onDragOver}
      deleteKeyCode={DELETE_KEYS}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      onlyRenderVisibleElements
    >
      <Background gap={16} />
      <MiniMap<EditorNode> pannable zoomable nodeColor={miniMapColor} />
      <Controls />
    </ReactFlow>
  );
});
