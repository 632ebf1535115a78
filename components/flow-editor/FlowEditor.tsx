"use client";

import "@xyflow/react/dist/style.css";
import { useCallback, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { PanelLeftClose, PanelLeftOpen } from "lucide-react";
import type { TLooseFlowGraph, TNodeKind } from "@/workflows/model";
import { StartBacktestDialog } from "@/components/backtests/StartBacktestDialog";
import { useLeaveGuard } from "@/components/nav/useLeaveGuard";
import { Canvas } from "./Canvas";
import { EditorToolbar } from "./EditorToolbar";
import { FlowDetailsDialog, type FlowDetails } from "./FlowDetailsDialog";
import { IntentLabelsProvider } from "./intent-labels";
import { Palette } from "./Palette";
import { ProblemsPanel } from "./ProblemsPanel";
import { PublishDialog } from "./PublishDialog";
import { toEditorGraph, toSavedGraph } from "./lib/convert";
import { useErrorIndex } from "./lib/error-store";
import { ConfigPanel } from "./panels/ConfigPanel";
import { TestTicketPanel } from "./test-ticket/TestTicketPanel";
import type { TestVersion } from "./test-ticket/TestTicketForm";
import { useTestShortcut } from "./test-ticket/useTestShortcut";
import { useAutosave } from "./useAutosave";
import { useEditorShortcuts } from "./useEditorShortcuts";
import { useFlowGraph } from "./useFlowGraph";
import { useIntentLabelWarnings } from "./useIntentLabelWarnings";
import { useUnmappedQueueWarnings } from "./useUnmappedQueueWarnings";
import { useLiveCompile } from "./useLiveCompile";
import { useRememberedToggle } from "./useRememberedToggle";

export interface FlowEditorProps {
  flowId: string;
  name: string;
  description: string | null;
  graph: TLooseFlowGraph;
  queues: readonly string[];
  /** The flow's published versions, newest first: the test-ticket panel can run one instead of the draft. */
  versions?: readonly TestVersion[];
  /** A dialog to open on arrival: pages that prepared a draft send the user straight to its publish or backtest. */
  openDialog?: "publish" | "backtest";
}

export function FlowEditor(props: FlowEditorProps) {
  return (
    <ReactFlowProvider>
      <IntentLabelsProvider>
        <Editor {...props} />
      </IntentLabelsProvider>
    </ReactFlowProvider>
  );
}

function Editor({ flowId, name, description, graph: initial, queues, versions = [], openDialog }: FlowEditorProps) {
  const router = useRouter();
  const [loaded] = useState(() => toEditorGraph(initial));
  const settings = initial.settings;
  const api = useFlowGraph(loaded);
  const { pending } = useLiveCompile(api.graph, settings, queues);
  const labelWarnings = useIntentLabelWarnings(api.graph);
  const queueWarnings = useUnmappedQueueWarnings(api.graph);
  const warnings = useMemo(() => [...labelWarnings, ...queueWarnings], [labelWarnings, queueWarnings]);
  const save = useAutosave(flowId, api.graph, settings);
  const { all: problems } = useErrorIndex();
  const flow = useReactFlow();
  const canvasBox = useRef<HTMLDivElement>(null);
  const [publishing, setPublishing] = useState(openDialog === "publish");
  const [published, setPublished] = useState<number | undefined>();
  const [backtesting, setBacktesting] = useState(openDialog === "backtest");
  const [details, setDetails] = useState<FlowDetails>({ name, description });
  const [editingDetails, setEditingDetails] = useState(false);
  const [paletteOpen, togglePalette] = useRememberedToggle("palette", true);
  const leaveGuard = useLeaveGuard({ dirty: save.dirty, saveError: save.state === "error" ? save.error : undefined, save: save.saveNow });
  useEditorShortcuts(api);
  const [testing, setTesting] = useState(false);
  const toggleTesting = useCallback(() => setTesting((open) => !open), []);
  useTestShortcut(toggleTesting);
  const closeTesting = useCallback(() => {
    setTesting(false);
    // Back to where the panel was opened from.
    requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-testid=test-ticket-button]")?.focus());
  }, []);
  const currentGraph = useCallback(() => toSavedGraph(api.ref.current, settings), [api.ref, settings]);

  const { addNode, select, updateData, autoLayout } = api;
  const addAtCentre = useCallback(
    (kind: TNodeKind) => {
      const box = canvasBox.current?.getBoundingClientRect();
      const centre = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
      addNode(kind, { x: Math.round(centre.x - 120), y: Math.round(centre.y - 40) });
    },
    [addNode, flow],
  );

  const pick = useCallback(
    (target: { nodeId?: string; edgeId?: string }) => {
      const edge = target.edgeId ? api.ref.current.edges.find((e) => e.id === target.edgeId) : undefined;
      const id = target.nodeId ?? edge?.source;
      const node = id ? flow.getNode(id) : undefined;
      if (!id || !node) return;
      select(id);
      const w = node.measured?.width ?? 240;
      const h = node.measured?.height ?? 100;
      void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
    },
    [api.ref, flow, select],
  );

  // The problems list, opened if it was folded away, with focus on its first problem.
  const showProblems = useCallback(() => {
    const toggle = document.querySelector<HTMLButtonElement>("[data-testid=problems-panel] > button");
    if (toggle?.getAttribute("aria-expanded") === "false") toggle.click();
    requestAnimationFrame(() => (document.querySelector<HTMLElement>("#problems-list button") ?? toggle)?.focus());
  }, []);

  const layout = useCallback(() => {
    autoLayout();
    // After React Flow has the new positions.
    requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 300 }));
  }, [autoLayout, flow]);

  const selected = api.graph.nodes.filter((n) => n.selected);
  return (
    <div className="flex h-full flex-col bg-zinc-50">
      <EditorToolbar
        flowId={flowId}
        name={details.name}
        description={details.description}
        save={save}
        canUndo={api.canUndo}
        canRedo={api.canRedo}
        problems={problems.length}
        pending={pending}
        published={published}
        onUndo={api.undo}
        onRedo={api.redo}
        onLayout={layout}
        onPublish={() => setPublishing(true)}
        onBacktest={() => setBacktesting(true)}
        testing={testing}
        onTest={toggleTesting}
        onEditDetails={() => setEditingDetails(true)}
      />
      {loaded.skipped.length > 0 && (
        <p role="alert" className="border-b border-amber-200 bg-amber-50 px-3 py-1 text-xs text-amber-900">
          {loaded.skipped.length} node(s) of an unknown kind are not shown and will be dropped on save: {loaded.skipped.join(", ")}
        </p>
      )}
      <div className="flex min-h-0 flex-1">
        <aside className={paletteOpen ? "w-44 shrink-0 overflow-y-auto border-r border-zinc-200 bg-white" : "w-9 shrink-0 border-r border-zinc-200 bg-white"}>
          <div className="flex items-center justify-between px-1.5 pt-1.5">
            {paletteOpen && <span className="px-1 text-[11px] font-semibold text-zinc-500">Add a step</span>}
            <button
              type="button"
              className="grid size-6 place-items-center rounded text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800"
              aria-expanded={paletteOpen}
              aria-controls="node-palette"
              aria-label={paletteOpen ? "Hide the node palette" : "Show the node palette"}
              title={paletteOpen ? "Hide the node palette" : "Show the node palette"}
              onClick={togglePalette}
            >
              {paletteOpen ? <PanelLeftClose className="size-4" aria-hidden /> : <PanelLeftOpen className="size-4" aria-hidden />}
            </button>
          </div>
          {paletteOpen && <Palette onAdd={addAtCentre} />}
        </aside>
        <div ref={canvasBox} className="relative min-w-0 flex-1" data-testid="canvas" data-nodes={api.graph.nodes.length} data-edges={api.graph.edges.length}>
          <Canvas graph={api.graph} onNodesChange={api.onNodesChange} onEdgesChange={api.onEdgesChange} onConnect={api.onConnect} onNodeDragStart={api.onNodeDragStart} addNode={addNode} container={canvasBox} />
        </div>
        {testing ? (
          <TestTicketPanel flowId={flowId} versions={versions} currentGraph={currentGraph} onPick={(nodeId) => pick({ nodeId })} onShowProblems={showProblems} onClose={closeTesting} />
        ) : (
          <aside className="w-80 shrink-0 overflow-y-auto border-l border-zinc-200 bg-white">
            <ConfigPanel node={selected.length === 1 ? selected[0] : undefined} selectedCount={selected.length} queues={queues} onChange={updateData} />
          </aside>
        )}
      </div>
      <ProblemsPanel pending={pending} warnings={warnings} onPick={pick} onRemoveEdge={api.removeEdge} />
      {leaveGuard}
      {editingDetails && (
        <FlowDetailsDialog
          flowId={flowId}
          details={details}
          onClose={() => setEditingDetails(false)}
          onSaved={(saved) => {
            setDetails(saved);
            setEditingDetails(false);
          }}
        />
      )}
      {backtesting && <StartBacktestDialog flowId={flowId} candidate={{ kind: "draft" }} flush={save.flush} onClose={() => setBacktesting(false)} />}
      {publishing && (
        <PublishDialog
          flowId={flowId}
          flush={save.flush}
          onClose={() => setPublishing(false)}
          onStartBacktest={() => {
            setPublishing(false);
            setBacktesting(true);
          }}
          onPublished={(v) => {
            setPublishing(false);
            setPublished(v);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
