import Link from "next/link";
import { cx } from "@/components/ui/cx";

const TABS = [
  { href: "/knowledge", label: "Articles" },
  { href: "/knowledge/import", label: "Import" },
  { href: "/knowledge/gaps", label: "Gap report" },
  { href: "/knowledge/guardrails", label: "Guardrails" },
] as const;

/** The knowledge section's pages, as links (each is its own URL, so the browser's back button works). */
export function KnowledgeTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Knowledge sections" className="mb-4 flex gap-1 border-b border-zinc-200">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cx(
            "-mb-px border-b-2 px-3 py-1.5 text-[13px] font-medium",
            tab.href === current ? "border-indigo-600 text-indigo-700" : "border-transparent text-zinc-600 hover:text-zinc-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
