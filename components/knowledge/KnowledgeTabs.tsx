import { LinkTabs } from "@/components/ui/LinkTabs";

const TABS = [
  { href: "/knowledge", label: "Articles" },
  { href: "/knowledge/import", label: "Import" },
  { href: "/knowledge/gaps", label: "Gap report" },
  { href: "/knowledge/guardrails", label: "Guardrails" },
] as const;

/** The knowledge section's pages. */
export function KnowledgeTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return <LinkTabs label="Knowledge sections" tabs={TABS} current={current} className="mb-4" />;
}
