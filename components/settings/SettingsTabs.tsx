import { can, type Role } from "@/lib/auth/roles";
import { LinkTabs } from "@/components/ui/LinkTabs";

const TABS = [
  { href: "/settings", label: "Queues" },
  { href: "/settings/agents", label: "Agents" },
  { href: "/settings/business-hours", label: "Business hours" },
] as const;

/** The settings pages, as tabs under the page header; admins also get connections, data sources, users and the audit log. */
export function SettingsTabs({ current, role }: { current: (typeof TABS)[number]["href"] | "/settings/connections" | "/settings/data-sources"; role: Role }) {
  const tabs: Array<{ href: string; label: string }> = [...TABS];
  if (can(role, "connections.manage")) tabs.push({ href: "/settings/connections", label: "Connections" });
  if (can(role, "dataSources.manage")) tabs.push({ href: "/settings/data-sources", label: "Data sources" });
  if (can(role, "users.manage")) tabs.push({ href: "/settings/users", label: "Users" });
  if (can(role, "audit.read")) tabs.push({ href: "/settings/audit-log", label: "Audit log" });
  return <LinkTabs label="Settings" tabs={tabs} current={current} className="mb-6" />;
}
