"use client";

import "@xyflow/react/dist/style.css";
import { memo, useCallback, useMemo } from "react";
import { Background, Controls, ReactFlow, ReactFlowProvider, type NodeMouseHandler, type NodeProps } from "@xyflow/react";
import { isNodeKind } from "@/workflows/model";
import type { DiffableGraph, GraphDiff } from "@/workflows/diff";
import { nodeTypes as editorNodeTypes } from "@/components/flow-editor/kinds";
import type { EditorNode } from "@/components/flow-editor/lib/types";
import { cx } from "@/components/ui/cx";
import { diffCanvasElements, diffNodeAnchor, type DiffCanvasEdge, type DiffCanvasNode, type DiffStatus } from "./lib/diff-canvas-elements";

const STATUS_FRAME: Record<DiffStatus, string> = {
  added: "rounded-xl ring-4 ring-emerald-500 bg-emerald-100",
  removed: "rounded-xl ring-4 ring-red-500 bg-red-100 opacity-60 [&_[data-node-label]]:line-through [&_[data-node-label]]:decoration-red-600 [&_[data-node-label]]:decoration-2",
  changed: "rounded-xl ring-4 ring-amber-400 bg-amber-100",
  moved: "rounded-xl outline outline-2 outline-dashed outline-offset-2 outline-sky-500",
  unchanged: "",
};

const STATUS_BADGE: Record<DiffStatus, string> = {
  added: "bg-emerald-600 text-white",
  removed: "bg-red-600 text-white",
  changed: "bg-amber-500 text-white",
  moved: "bg-sky-600 text-white",
  unchanged: "",
};

/** One diff node: the editor's node for its kind (or a plain box for an unknown kind) in a coloured frame. */
const DiffNode = memo(function DiffNode(props: NodeProps<DiffCanvasNode>) {
  const { id, data, selected } = props;
  const { kind, config, diffStatus, changeCount } = data;
  const Inner = isNodeKind(kind) ? editorNodeTypes[kind] : undefined;
  const innerProps = { ...props, type: kind, data: config, selected: false } as unknown as NodeProps<EditorNode>;
  return (
    <div
      data-diff-node={id}
      data-diff-status={diffStatus}
      className={cx("relative p-1", STATUS_FRAME[diffStatus], selected && "shadow-[0_0_0_3px_#6366f1]")}
    >
      {diffStatus !== "unchanged" && (
        <span className={cx("absolute -top-3 right-2 z-10 rounded-full px-2 text-[10px] font-semibold uppercase leading-5 shadow", STATUS_BADGE[diffStatus])}>
          {diffStatus === "changed" ? `changed · ${changeCount}` : diffStatus}
        </span>
      )}
      {Inner ? (
        <Inner {...innerProps} />
      ) : (
        <div className="w-60 rounded-lg border border-zinc-300 bg-white px-2.5 py-2 text-xs">
          <div className="font-medium text-zinc-500">{kind}</div>
          <div data-node-label className="truncate text-[13px] font-semibold">{typeof config.label === "string" ? config.label : id}</div>
        </div>
      )}
    </div>
  );
});

/** Module scope, so React Flow never sees a new object. Every node is a DiffNode; it picks the kind's look. */
const nodeTypes = { diff: DiffNode };
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1 } as const;

const LEGEND: ReadonlyArray<{ status: DiffStatus; label: string; swatch: string }> = [
  { status: "added", label: "added", swatch: "bg-emerald-100 ring-2 ring-emerald-500" },
  { status: "removed", label: "removed", swatch: "bg-red-100 ring-2 ring-red-500 opacity-60" },
  { status: "changed", label: "changed", swatch: "bg-amber-100 ring-2 ring-amber-400" },
  { status: "moved", label: "moved only", swatch: "bg-white outline outline-2 outline-dashed outline-sky-500" },
  { status: "unchanged", label: "unchanged", swatch: "bg-white ring-1 ring-zinc-300" },
];

export interface DiffCanvasProps {
  before: DiffableGraph;
  after: DiffableGraph;
  diff: GraphDiff;
  height?: number;
}

/**
 * A read-only canvas of both versions merged: the newer graph's nodes at their positions plus the removed
 * ones, coloured by what changed. Clicking a node jumps to its rows in the field table below.
 */
export function DiffCanvas({ before, after, diff, height = 420 }: DiffCanvasProps) {
  const { nodes, edges } = useMemo(() => diffCanvasElements(before, after, diff), [before, after, diff]);
  const onNodeClick = useCallback<NodeMouseHandler<DiffCanvasNode>>((_, node) => {
    const anchor = diffNodeAnchor(node.id);
    const target = document.getElementById(anchor);
    if (target === null) return;
    // The hash makes the rows :target (highlighted); scrolling explicitly also works when it was already set.
    if (window.location.hash !== `#${anchor}`) window.location.hash = anchor;
    target.scrollIntoView({ behavior: "smooth", block: "center" });
  }, []);
  return (
    <section aria-label="Changes on the canvas" className="mb-6">
      <ul className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600" aria-label="Legend">
        {LEGEND.map((l) => (
          <li key={l.status} className="flex items-center gap-1.5">
            <span className={cx("inline-block size-3 rounded-sm", l.swatch)} aria-hidden />
            {l.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-0.5 w-5 bg-emerald-600" aria-hidden />
          connection added
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block w-5 border-t-2 border-dashed border-red-600" aria-hidden />
          connection removed
        </li>
        <li className="ml-auto text-zinc-500">Click a node to see its changes below.</li>
      </ul>
      <div className="overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50" style={{ height }} data-testid="diff-canvas">
        <ReactFlowProvider>
          <ReactFlow<DiffCanvasNode, DiffCanvasEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable
            edgesFocusable={false}
            deleteKeyCode={null}
            onNodeClick={onNodeClick}
            fitView
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={0.1}
          >
            <Background gap={16} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </section>
  );
}
