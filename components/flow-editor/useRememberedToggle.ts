"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * An open/closed switch of the editor's layout (palette, problems, minimap) that this browser remembers, so
 * a person who hides the palette finds it hidden on the next flow too. Read after mounting, so the server's
 * render and the first client render agree.
 */
export function useRememberedToggle(key: string, initial: boolean): [boolean, () => void] {
  const storageKey = `flow-editor.${key}`;
  const [open, setOpen] = useState(initial);
  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey);
    if (stored === "open" || stored === "closed") setOpen(stored === "open");
  }, [storageKey]);
  const toggle = useCallback(() => {
    setOpen((was) => {
      window.localStorage.setItem(storageKey, was ? "closed" : "open");
      return !was;
    });
  }, [storageKey]);
  return [open, toggle];
}
