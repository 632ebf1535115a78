import Link from "next/link";
import type { TTemplateCluster } from "@/server/services/history-audit/audit-report";
import { Badge } from "@/components/ui/Badge";
import { formatCount } from "./audit-format";

/** Clusters of near-identical agent replies: the answers agents keep pasting, the first things to automate. */
export function TemplateClusters({ templates, agentReplies }: { templates: readonly TTemplateCluster[]; agentReplies: number }) {
  if (templates.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 bg-white px-4 py-6 text-center text-[13px] text-zinc-600">
        No group of near-identical agent replies is big enough to report among {formatCount(agentReplies)} replies.
      </p>
    );
  }
  return (
    <ol className="space-y-2" aria-label="Templated replies">
      {templates.map((t) => (
        <li key={t.id} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <span className="font-semibold tabular-nums text-zinc-900">{formatCount(t.count)} replies</span>
            <span className="text-zinc-500" aria-hidden>
              ·
            </span>
            {t.categories.slice(0, 6).map((c) => (
              <Badge key={c.category} tone="accent">
                {c.category} <span className="font-semibold tabular-nums text-indigo-800">{c.count}</span>
              </Badge>
            ))}
            {t.categories.length > 6 && <span className="text-zinc-500">and {t.categories.length - 6} more</span>}
            <Link href={`/inbox/${t.exampleTicketId}`} className="ml-auto text-indigo-700 hover:underline">
              Example ticket
            </Link>
          </div>
          <details className="mt-1.5 text-[13px] text-zinc-700">
            <summary className="cursor-pointer truncate text-zinc-600">{t.example.replace(/\s+/g, " ").slice(0, 160)}</summary>
            <p className="mt-1 whitespace-pre-wrap break-words rounded bg-zinc-50 p-2 text-xs ring-1 ring-zinc-200">{t.example}</p>
          </details>
        </li>
      ))}
    </ol>
  );
}
