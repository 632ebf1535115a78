"use client";

import { useEffect, useState } from "react";
import { compile } from "@/workflows/compile";
import { planSizeErrors } from "@/workflows/compile/plan-size";
import { toSavedGraph } from "./lib/convert";
import { NO_ERRORS, indexErrors } from "./lib/error-index";
import { errorStore } from "./lib/error-store";
import type { EditorGraph } from "./lib/types";

export const COMPILE_DEBOUNCE_MS = 200;

/**
 * Compiles the graph ~200 ms after the last edit (never per render, never mid-drag) and publishes the
 * errors to the store the nodes, edges and problems panel read. `pending` is true while an edit has
 * not been compiled yet, so Publish cannot slip through between an edit and its check.
 */
export function useLiveCompile(graph: EditorGraph, settings: unknown, knownQueues: readonly string[]): { pending: boolean } {
  const [pending, setPending] = useState(true);
  useEffect(() => {
    setPending(true);
    const timer = setTimeout(() => {
      // An empty queue list means the workspace has none configured yet; don't flag every route then.
      const result = compile(toSavedGraph(graph, settings), knownQueues.length > 0 ? { knownQueues } : {});
      // A plan too large for the live engine compiles, but Publish would refuse it: said here first.
      errorStore.set(indexErrors(result.ok ? planSizeErrors(result.plan) : result.errors));
      setPending(false);
    }, COMPILE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [graph.nodes, graph.edges, settings, knownQueues]);
  // The store outlives the page; a stale error count must not flash on the next flow's nodes.
  useEffect(() => () => errorStore.set(NO_ERRORS), []);
  return { pending };
}
