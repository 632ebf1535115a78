"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { toSavedGraph, type SavedGraph } from "./lib/convert";
import type { EditorGraph } from "./lib/types";

export type SaveState = "saved" | "saving" | "unsaved" | "error";
export const AUTOSAVE_DEBOUNCE_MS = 1000;

/**
 * Autosaves the draft a second after the last change. Selecting or measuring nodes changes the canvas
 * state but not the saved graph, so saves are keyed on the serialised graph and skipped when equal.
 * `saveNow` saves at once and resolves true when the server has the draft (Publish publishes the saved
 * draft; leaving the page saves first). Saving never touches the editor's undo history.
 */
export function useAutosave(flowId: string, graph: EditorGraph, settings: unknown) {
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.flows.saveDraft.mutationOptions());
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | undefined>();
  const lastSaved = useRef<string | undefined>(undefined);
  const latest = useRef<{ json: string; graph: SavedGraph } | undefined>(undefined);

  const saveNow = useCallback(async (): Promise<boolean> => {
    const next = latest.current;
    if (!next || next.json === lastSaved.current) return true;
    setState("saving");
    try {
      await mutateAsync({ flowId, graph: next.graph });
      lastSaved.current = next.json;
      setError(undefined);
      const current = latest.current?.json === next.json;
      setState(current ? "saved" : "unsaved");
      return current;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState("error");
      return false;
    }
  }, [flowId, mutateAsync]);

  useEffect(() => {
    const saved = toSavedGraph(graph, settings);
    const json = JSON.stringify(saved);
    latest.current = { json, graph: saved };
    // The first graph is what was loaded: it is saved already.
    if (lastSaved.current === undefined) {
      lastSaved.current = json;
      return;
    }
    if (json === lastSaved.current) return;
    setState("unsaved");
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [graph.nodes, graph.edges, settings, saveNow]);

  // Leaving the editor some way the leave guard does not see (the browser's back button) still saves the
  // last edit instead of dropping it with the pending timer.
  useEffect(
    () => () => {
      const next = latest.current;
      if (next && next.json !== lastSaved.current) void mutateAsync({ flowId, graph: next.graph }).catch(() => {});
    },
    [flowId, mutateAsync],
  );

  const flush = useCallback(async () => void (await saveNow()), [saveNow]);
  return { state, error, dirty: state !== "saved", flush, saveNow };
}
