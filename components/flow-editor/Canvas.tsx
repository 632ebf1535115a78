"use client";

import { memo, useCallback, useMemo, type DragEvent, type RefObject } from "react";
import { Background, ControlButton, Controls, MiniMap, ReactFlow, useReactFlow, type Edge, type ReactFlowInstance } from "@xyflow/react";
import { Map as MapIcon } from "lucide-react";
import { isNodeKind } from "@/workflows/model";
import { DRAG_MIME } from "./Palette";
import { useErrorIndex } from "./lib/error-store";
import { openingViewport } from "./lib/opening-view";
import type { EditorNode } from "./lib/types";
import { useRememberedToggle } from "./useRememberedToggle";
import { nodeTypes } from "./kinds";
import type { FlowGraphApi } from "./useFlowGraph";

const ERROR_EDGE_STYLE = { stroke: "#dc2626", strokeWidth: 2 } as const;
const DELETE_KEYS = ["Backspace", "Delete"];
const MINIMAP_STYLE = { width: 144, height: 96 } as const;
const miniMapColor = (n: EditorNode) => (n.selected ? "#6366f1" : "#a1a1aa");

type Props = Pick<FlowGraphApi, "graph" | "onNodesChange" | "onEdgesChange" | "onConnect" | "onNodeDragStart" | "addNode"> & {
  /** The element the canvas fills, measured for the opening view. */
  container: RefObject<HTMLDivElement | null>;
};

/**
 * The React Flow surface: typed custom nodes, drop target for the palette, errors on edges. It opens at a
 * readable zoom (see openingViewport) rather than fitting a big flow into an unreadable overview.
 */
export const Canvas = memo(function Canvas({ graph, onNodesChange, onEdgesChange, onConnect, onNodeDragStart, addNode, container }: Props) {
  const { screenToFlowPosition } = useReactFlow();
  const { byEdge } = useErrorIndex();
  const [minimap, toggleMinimap] = useRememberedToggle("minimap", true);

  const onInit = useCallback((flow: ReactFlowInstance<EditorNode, Edge>) => {
    const box = container.current?.getBoundingClientRect();
    void flow.setViewport(openingViewport(flow.getNodes(), { width: box?.width ?? 0, height: box?.height ?? 0 }));
  }, [container]);

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
      onInit={onInit}
      minZoom={0.1}
      onlyRenderVisibleElements
    >
      <Background gap={16} />
      {minimap && <MiniMap<EditorNode> pannable zoomable nodeColor={miniMapColor} style={MINIMAP_STYLE} ariaLabel="Minimap of the whole flow" />}
      <Controls>
        <ControlButton onClick={toggleMinimap} aria-label={minimap ? "Hide the minimap" : "Show the minimap"} title={minimap ? "Hide the minimap" : "Show the minimap"} aria-pressed={minimap}>
          <MapIcon aria-hidden />
        </ControlButton>
      </Controls>
    </ReactFlow>
  );
});
