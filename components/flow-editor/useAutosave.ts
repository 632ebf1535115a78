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
 * `flush` saves now and resolves when the server has the draft (Publish publishes the saved draft).
 */
export function useAutosave(flowId: string, graph: EditorGraph, settings: unknown) {
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.flows.saveDraft.mutationOptions());
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | undefined>();
  const lastSaved = useRef<string | undefined>(undefined);
  const latest = useRef<{ json: string; graph: SavedGraph } | undefined>(undefined);

  const save = useCallback(async () => {
    const next = latest.current;
    if (!next || next.json === lastSaved.current) return;
    setState("saving");
    try {
      await mutateAsync({ flowId, graph: next.graph });
      lastSaved.current = next.json;
      setError(undefined);
      setState(latest.current?.json === next.json ? "saved" : "unsaved");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState("error");
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
    const timer = setTimeout(() => void save(), AUTOSAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [graph.nodes, graph.edges, settings, save]);

  // Leaving with unsaved edits asks first; autosave usually makes this moot.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (latest.current?.json !== lastSaved.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { state, error, flush: save };
}
