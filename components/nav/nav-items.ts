import {
  BarChart3,
  BookOpen,
  CalendarCheck,
  Brain,
  ClipboardCheck,
  Eye,
  FlaskConical,
  Inbox,
  Info,
  Settings,
  TrendingUp,
  Upload,
  Workflow,
  type LucideIcon,
} from "lucide-react";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { href: "/dashboards", label: "Dashboards", icon: BarChart3 },
  { href: "/review", label: "Weekly review", icon: CalendarCheck },
  { href: "/signals", label: "Signals", icon: TrendingUp },
  { href: "/flows", label: "Flows", icon: Workflow },
  { href: "/backtests", label: "Backtests", icon: FlaskConical },
  { href: "/review/shadow", label: "Shadow review", icon: Eye },
  { href: "/history-audit", label: "Audit", icon: ClipboardCheck },
  { href: "/history-import", label: "Import history", icon: Upload },
  { href: "/inbox", label: "Inbox", icon: Inbox },
  { href: "/knowledge", label: "Knowledge", icon: BookOpen },
  { href: "/settings/ai", label: "AI models", icon: Brain },
  { href: "/settings", label: "Settings", icon: Settings },
];

export const SECONDARY_NAV: readonly NavItem[] = [{ href: "/about", label: "About", icon: Info }];

/** A section is current on its own page and on every page under it (/flows/abc highlights Flows). */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one item to highlight: the longest href that is current, so /settings/ai marks "AI models", not "Settings". */
export function currentItemHref(pathname: string, items: readonly NavItem[]): string | null {
  const matches = items.filter((item) => isCurrent(pathname, item.href));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
