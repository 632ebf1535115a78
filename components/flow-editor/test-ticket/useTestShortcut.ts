"use client";

import { useEffect } from "react";

/** Typing in a field must never open or close the panel. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** "T" anywhere in the editor but a field toggles the test-ticket panel (listed in ShortcutsHelp). */
export function useTestShortcut(toggle: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.repeat || isTyping(e.target)) return;
      if (e.key !== "t" && e.key !== "T") return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggle]);
}
