"use client";

import { useEffect } from "react";
import type { FlowGraphApi } from "./useFlowGraph";

/** Typing in a config field must never undo the canvas or paste nodes. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Undo/redo, copy/paste and select-all on the window; Delete, Shift+drag and Ctrl+click are React Flow's own. */
export function useEditorShortcuts(api: Pick<FlowGraphApi, "undo" | "redo" | "copy" | "paste" | "selectAll">): void {
  const { undo, redo, copy, paste, selectAll } = api;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) undo();
      else if ((key === "z" && e.shiftKey) || key === "y") redo();
      else if (key === "c") {
        // Leave text selections to the browser's own copy.
        if (window.getSelection()?.toString()) return;
        if (!copy()) return;
      } else if (key === "v") paste();
      else if (key === "a") selectAll();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, copy, paste, selectAll]);
}
