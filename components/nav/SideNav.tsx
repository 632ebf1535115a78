"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { currentItemHref, PRIMARY_NAV, SECONDARY_NAV, type NavItem } from "./nav-items";

function NavLink({ item, current }: { item: NavItem; current: boolean }) {
  const Icon = item.icon;
  return (
    <li>
      <Link
        href={item.href}
        aria-current={current ? "page" : undefined}
        className={cx(
          "group flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-[13px] font-medium transition-colors",
          current ? "bg-white/10 text-white" : "text-zinc-400 hover:bg-white/5 hover:text-zinc-100",
          "focus-visible:outline-indigo-400",
        )}
      >
        <Icon
          aria-hidden
          className={cx("size-4 shrink-0", current ? "text-indigo-300" : "text-zinc-500 group-hover:text-zinc-300")}
        />
        {item.label}
      </Link>
    </li>
  );
}

export function SideNav() {
  const pathname = usePathname();
  const current = currentItemHref(pathname, [...PRIMARY_NAV, ...SECONDARY_NAV]);
  return (
    <nav aria-label="Main" className="flex min-h-0 flex-1 flex-col justify-between px-2 pb-3">
      <ul className="space-y-0.5">
        {PRIMARY_NAV.map((item) => (
          <NavLink key={item.href} item={item} current={item.href === current} />
        ))}
      </ul>
      <ul className="space-y-0.5 border-t border-white/10 pt-3">
        {SECONDARY_NAV.map((item) => (
          <NavLink key={item.href} item={item} current={item.href === current} />
        ))}
      </ul>
    </nav>
  );
}
