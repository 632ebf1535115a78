import Link from "next/link";
import { can, type Role } from "@/lib/auth/roles";
import { cx } from "@/components/ui/cx";

const TABS = [
  { href: "/settings", label: "Queues" },
  { href: "/settings/agents", label: "Agents" },
  { href: "/settings/business-hours", label: "Business hours" },
] as const;

/** The settings pages, as tabs under the page header; admins also get users and the audit log. */
export function SettingsTabs({ current, role }: { current: (typeof TABS)[number]["href"]; role: Role }) {
  const tabs: Array<{ href: string; label: string }> = [...TABS];
  if (can(role, "users.manage")) tabs.push({ href: "/settings/users", label: "Users" });
  if (can(role, "audit.read")) tabs.push({ href: "/settings/audit-log", label: "Audit log" });
  return (
    <nav aria-label="Settings" className="mb-6 flex gap-1 border-b border-zinc-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cx(
            "-mb-px rounded-t-md border-b-2 px-3 py-2 text-[13px] font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500",
            tab.href === current ? "border-indigo-600 text-indigo-700" : "border-transparent text-zinc-600 hover:text-zinc-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
