"use client";
import { useEffect, useState } from "react";

/**
 * Whether React has taken over the server-rendered page. A click, a typed letter or a chosen file before then is
 * lost without a trace, so controls that start work stay disabled until it is true (and tests can wait for it).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
