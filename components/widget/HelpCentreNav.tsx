"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The demo help centre's sections; the one the customer is in is marked as the current page. */
export function HelpCentreNav({ sections }: { sections: Array<{ href: string; title: string }> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Help topics">
      <ul className="flex flex-wrap gap-1 text-[14px]">
        {sections.map((s) => {
          const current = pathname === s.href || pathname.startsWith(`${s.href}/`);
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`rounded-md px-2.5 py-1 ${current ? "bg-white/15 font-medium text-white" : "text-teal-50 hover:bg-white/10 hover:text-white"}`}
              >
                {s.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
