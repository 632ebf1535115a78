"use client";

import { useCallback, useRef, useState } from "react";
import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from "@xyflow/react";
import type { TNodeKind } from "@/workflows/model";
import { copySelection, pasteInto } from "./lib/clipboard";
import { EDGE_DEFAULTS, edgeIdFor, nextNodeId } from "./lib/convert";
import { emptyHistory, record, redo as redoStep, undo as undoStep, type History } from "./lib/history";
import { defaultData } from "./kinds";
import { dropDanglingEdges, handlesOf } from "./lib/handles";
import { layoutPositions } from "./lib/layout";
import { freeSpot } from "./lib/placement";
import type { EditorGraph, EditorNodeData } from "./lib/types";

/**
 * The canvas state with undo/redo. The current graph also lives in a ref, so every callback here is
 * stable (React Flow re-renders less) and always reads the latest graph, even between renders.
 */
export function useFlowGraph(initial: EditorGraph) {
  const [graph, setGraph] = useState(initial);
  const ref = useRef(initial);
  const history = useRef<History<EditorGraph>>(emptyHistory());
  const clipboard = useRef<EditorGraph | undefined>(undefined);
  const pastes = useRef(0);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const show = useCallback((next: EditorGraph) => {
    ref.current = next;
    setGraph(next);
    setCanUndo(history.current.past.length > 0);
    setCanRedo(history.current.future.length > 0);
  }, []);

  /** Every change worth undoing goes through here; `key` merges rapid edits of one field. */
  const commit = useCallback(
    (next: EditorGraph, key?: string) => {
      history.current = record(history.current, ref.current, key, Date.now());
      show(next);
    },
    [show],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<EditorGraph["nodes"][number]>[]) => {
      const current = ref.current;
      const next = { ...current, nodes: applyNodeChanges(changes, current.nodes) };
      // Deleting nodes also removes their edges in a separate change; one key makes both one undo step.
      if (changes.some((c) => c.type === "remove")) commit(next, "delete");
      else show(next);
    },
    [commit, show],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const current = ref.current;
      const next = { ...current, edges: applyEdgeChanges(changes, current.edges) };
      if (changes.some((c) => c.type === "remove")) commit(next, "delete");
      else show(next);
    },
    [commit, show],
  );

  /** Snapshot before a drag, so one undo puts the nodes back where they were. */
  const onNodeDragStart = useCallback(() => {
    history.current = record(history.current, ref.current, undefined, Date.now());
    setCanUndo(true);
  }, []);

  const onConnect = useCallback(
    (c: Connection) => {
      const current = ref.current;
      const handle = c.sourceHandle ?? null;
      // An output leads to one next step: connecting it again replaces the old edge instead of
      // leaving a duplicate-output error behind.
      const edges = current.edges.filter((e) => !(e.source === c.source && (e.sourceHandle ?? null) === handle));
      const edge = { id: edgeIdFor(c.source, handle, c.target), source: c.source, target: c.target, sourceHandle: handle, ...EDGE_DEFAULTS };
      commit({ ...current, edges: [...edges, edge] });
    },
    [commit],
  );

  /** Adds a node at `wanted`, or the nearest spot where it covers no other node. */
  const addNode = useCallback(
    (kind: TNodeKind, wanted: { x: number; y: number }) => {
      const current = ref.current;
      const id = nextNodeId(kind, new Set(current.nodes.map((n) => n.id)));
      const position = freeSpot(current.nodes, wanted);
      const deselected = current.nodes.map((n) => (n.selected ? { ...n, selected: false } : n));
      commit({ ...current, nodes: [...deselected, { id, type: kind, position, data: defaultData(kind), selected: true }] });
      return id;
    },
    [commit],
  );

  const updateData = useCallback(
    (id: string, data: EditorNodeData, key: string) => {
      const current = ref.current;
      const nodes = current.nodes.map((n) => (n.id === id ? { ...n, data } : n));
      commit({ nodes, edges: dropDanglingEdges(current.edges, nodes.find((n) => n.id === id)) }, `${id}.${key}`);
    },
    [commit],
  );

  const removeEdge = useCallback(
    (edgeId: string) => {
      const current = ref.current;
      commit({ ...current, edges: current.edges.filter((e) => e.id !== edgeId) });
    },
    [commit],
  );

  const selectAll = useCallback(() => {
    const current = ref.current;
    show({ nodes: current.nodes.map((n) => (n.selected ? n : { ...n, selected: true })), edges: current.edges });
  }, [show]);

  const select = useCallback(
    (id: string) => {
      const current = ref.current;
      show({ nodes: current.nodes.map((n) => ({ ...n, selected: n.id === id })), edges: current.edges.map((e) => (e.selected ? { ...e, selected: false } : e)) });
    },
    [show],
  );

  const undo = useCallback(() => {
    const step = undoStep(history.current, ref.current);
    if (!step) return;
    history.current = step.history;
    show(step.state);
  }, [show]);

  const redo = useCallback(() => {
    const step = redoStep(history.current, ref.current);
    if (!step) return;
    history.current = step.history;
    show(step.state);
  }, [show]);

  const copy = useCallback(() => {
    const clip = copySelection(ref.current);
    if (clip.nodes.length === 0) return false;
    clipboard.current = clip;
    pastes.current = 0;
    return true;
  }, []);

  const paste = useCallback(() => {
    if (!clipboard.current) return;
    pastes.current += 1;
    commit(pasteInto(ref.current, clipboard.current, 40 * pastes.current));
  }, [commit]);

  const autoLayout = useCallback(() => {
    const current = ref.current;
    const byId = new Map(current.nodes.map((n) => [n.id, n]));
    const positions = layoutPositions(current, (id) => {
      const n = byId.get(id);
      return n?.type ? handlesOf(n.type, n.data).length : 1;
    });
    commit({ ...current, nodes: current.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) });
  }, [commit]);

  return { graph, ref, selectAll, removeEdge, onNodesChange, onEdgesChange, onNodeDragStart, onConnect, addNode, updateData, select, undo, redo, canUndo, canRedo, copy, paste, autoLayout };
}

export type FlowGraphApi = ReturnType<typeof useFlowGraph>;
