"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cx } from "./cx";

/**
 * A box that scrolls its content (a wide table) instead of the page. Only while it actually overflows does it
 * become a named, focusable region, so keyboard users can scroll it with the arrow keys and nobody else gets
 * an extra tab stop. It is positioned, so visually hidden text in a far-right header cell (absolutely placed)
 * stays inside it instead of widening the page.
 */
export function ScrollArea({ label, className, children }: { label?: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={cx("relative", className)}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? "region" : undefined}
      aria-label={scrolls ? `${label ?? "Table"}, scrolls sideways` : undefined}
    >
      {children}
    </div>
  );
}
