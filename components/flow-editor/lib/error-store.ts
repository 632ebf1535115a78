import { useSyncExternalStore } from "react";
import type { CompileError } from "@/workflows/model";
import { NO_ERRORS, type ErrorIndex } from "./error-index";

/**
 * Compile errors reach the nodes through a tiny external store instead of node data or context: each
 * node subscribes to its own slice, so a compile re-renders only the nodes whose errors changed and
 * the saved graph never carries editor state.
 */
export interface ErrorStore {
  get(): ErrorIndex;
  set(index: ErrorIndex): void;
  subscribe(listener: () => void): () => void;
}

export function createErrorStore(): ErrorStore {
  let current = NO_ERRORS;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(index) {
      current = index;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One store per browser tab is enough: there is one editor on the page. */
export const errorStore = createErrorStore();

const NONE: CompileError[] = [];

export function useNodeErrors(nodeId: string): CompileError[] {
  const get = () => errorStore.get().byNode.get(nodeId) ?? NONE;
  return useSyncExternalStore(errorStore.subscribe, get, () => NONE);
}

export function useErrorIndex(): ErrorIndex {
  return useSyncExternalStore(errorStore.subscribe, errorStore.get, () => NO_ERRORS);
}
