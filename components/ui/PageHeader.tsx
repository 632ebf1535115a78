import Link from "next/link";
import type { ReactNode } from "react";
import { ChevronRight } from "lucide-react";

export interface Crumb {
  href: string;
  label: string;
}

export function PageHeader({
  title,
  description,
  crumbs,
  meta,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** Parent pages, outermost first; the current page is the title. */
  crumbs?: Crumb[];
  meta?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="mb-5 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {crumbs && crumbs.length > 0 && (
          <nav aria-label="Breadcrumb" className="mb-1">
            <ol className="flex items-center gap-1 text-xs text-zinc-500">
              {crumbs.map((c) => (
                <li key={c.href} className="flex items-center gap-1">
                  <Link href={c.href} className="rounded hover:text-zinc-900 hover:underline">
                    {c.label}
                  </Link>
                  <ChevronRight className="size-3" aria-hidden />
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h1 className="truncate text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
        {description && <p className="mt-0.5 max-w-3xl text-[13px] text-zinc-600">{description}</p>}
        {meta && <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-zinc-600">{meta}</div>}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </header>
  );
}
