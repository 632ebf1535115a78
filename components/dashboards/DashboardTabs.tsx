import { LinkTabs } from "@/components/ui/LinkTabs";

const TABS = [
  { href: "/dashboards", label: "Overview" },
  { href: "/dashboards/targets", label: "Targets" },
] as const;

/** The dashboards' pages: the figures, and the quarterly targets set against them. */
export function DashboardTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return <LinkTabs label="Dashboard sections" tabs={TABS} current={current} className="mb-4" />;
}
