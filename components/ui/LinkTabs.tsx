import Link from "next/link";
import { cx } from "./cx";

/** A section's pages as tabs; each is its own URL, so the browser's back button and deep links work. */
export function LinkTabs({ label, tabs, current, className }: { label: string; tabs: ReadonlyArray<{ href: string; label: string }>; current: string; className?: string }) {
  return (
    <nav aria-label={label} className={cx("flex gap-1 border-b border-zinc-200", className)}>
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cx(
            "-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-[13px] font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500",
            tab.href === current ? "border-indigo-600 text-indigo-700" : "border-transparent text-zinc-600 hover:text-zinc-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
