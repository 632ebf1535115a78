"use client";

import { useEffect, useRef } from "react";

/** Typing in the search box or a filter must never move the selection. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export interface WorkspaceKeyActions {
  move: (by: 1 | -1) => void;
  open: () => void;
  focusSearch: () => void;
  toggleHelp: () => void;
  pickView: (index: number) => void;
  /** True while the shortcuts list is open: only it reacts then. */
  helpOpen: boolean;
}

/** The workspace's shortcuts on the window: j/k and the arrows, Enter, "/", "?", Escape and 1–6. */
export function useWorkspaceKeys(actions: WorkspaceKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTyping(e.target)) {
        if (e.key === "Escape" && e.target instanceof HTMLInputElement && e.target.type === "search") e.target.blur();
        return;
      }
      if (a.helpOpen) return;
      const key = e.key;
      if (key === "j" || key === "ArrowDown") a.move(1);
      else if (key === "k" || key === "ArrowUp") a.move(-1);
      else if (key === "/") a.focusSearch();
      else if (key === "?") a.toggleHelp();
      else if (key === "Enter") {
        // On a link or a button, Enter is the browser's own.
        if (e.target instanceof HTMLElement && e.target.closest("a, button")) return;
        a.open();
      } else if (/^[1-6]$/.test(key)) a.pickView(Number(key) - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
