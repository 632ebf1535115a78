"use client";

import { useDeferredValue, useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { BookOpen, Globe } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import type { TKbListFilter } from "@/server/services/knowledge/kb-article-schema";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

type List = RouterOutputs["knowledge"]["list"];
type Vocabulary = RouterOutputs["knowledge"]["vocabulary"];

const SELECT = "h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px]";

/** Search and filters over the knowledge base; the first page of data comes from the server. */
export function ArticleList({ initial, vocabulary }: { initial: List; vocabulary: Vocabulary }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<TKbListFilter>({ query: "" });
  const deferred = useDeferredValue(filter);
  const unfiltered = deferred.query === "" && !deferred.category && !deferred.owner && !deferred.status && !deferred.flag && !deferred.page;
  const query = useQuery(trpc.knowledge.list.queryOptions(deferred, { initialData: unfiltered ? initial : undefined, placeholderData: (previous) => previous }));
  const set = (patch: Partial<TKbListFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const data = query.data;
  const totals = data?.totals ?? initial.totals;

  return (
    <div className="space-y-3">
      <div role="search" className="flex flex-wrap items-center gap-2">
        <input
          type="search"
          aria-label="Search articles"
          placeholder="Search title, body and tags"
          className="h-8 w-72 rounded-md border border-zinc-300 px-2 text-[13px]"
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <select aria-label="Category" className={SELECT} value={filter.category ?? ""} onChange={(e) => set({ category: e.target.value || undefined })}>
          <option value="">All categories</option>
          {vocabulary.categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <select aria-label="Owner" className={SELECT} value={filter.owner ?? ""} onChange={(e) => set({ owner: e.target.value || undefined })}>
          <option value="">All owners</option>
          {vocabulary.owners.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <select aria-label="Status" className={SELECT} value={filter.status ?? ""} onChange={(e) => set({ status: (e.target.value || undefined) as TKbListFilter["status"] })}>
          <option value="">Any status</option>
          <option value="published">Published</option>
          <option value="draft">Draft</option>
        </select>
        <input
          type="search"
          aria-label="Customer page"
          title="The articles shown first to a customer on this page"
          placeholder="Shown first on page… e.g. /billing/invoices"
          className="h-8 w-64 rounded-md border border-zinc-300 px-2 text-[13px]"
          value={filter.page ?? ""}
          onChange={(e) => set({ page: e.target.value || undefined })}
        />
        <select aria-label="Review flag" className={SELECT} value={filter.flag ?? ""} onChange={(e) => set({ flag: (e.target.value || undefined) as TKbListFilter["flag"] })}>
          <option value="">All articles ({totals.all})</option>
          <option value="stale">Stale ({totals.stale})</option>
          <option value="negative-feedback">Negative feedback ({totals.negativeFeedback})</option>
          <option value="lint">Lint warnings ({totals.lint})</option>
        </select>
        <span role="status" className="text-xs text-zinc-500">
          {query.isFetching ? "Searching…" : data ? `${data.articles.length} of ${totals.all} articles` : ""}
        </span>
      </div>
      {query.isError ? (
        <ErrorState title="Could not search the articles" message={query.error.message} />
      ) : data === undefined ? null : data.articles.length === 0 ? (
        <EmptyState icon={BookOpen} title={totals.all === 0 ? "No articles yet" : "No article matches"}>
          {totals.all === 0 ? "Write the first article, or import Markdown files, a CSV or your helpdesk's macros." : "Change the search or the filters."}
        </EmptyState>
      ) : (
        <Table aria-label="Articles">
          <THead>
            <tr>
              <TH>Title</TH>
              <TH>Category</TH>
              <TH>Owner</TH>
              <TH>Status</TH>
              <TH>Review due (UTC)</TH>
              <TH>Updated (UTC)</TH>
              <TH>Flags</TH>
            </tr>
          </THead>
          <TBody>
            {data.articles.map((a) => (
              <TR key={a.id}>
                <TD className="max-w-md">
                  <Link href={`/knowledge/${a.id}`} className="font-medium text-indigo-700 hover:underline">
                    {a.title}
                  </Link>
                  {a.tags.length > 0 && <div className="mt-0.5 text-xs text-zinc-500">{a.tags.join(", ")}</div>}
                  {a.pages.length > 0 && (
                    <div className="mt-0.5 flex items-start gap-1 text-xs text-sky-800" title="Shown first to customers on these pages">
                      <Globe aria-label="Pages" className="mt-0.5 size-3 shrink-0" />
                      <span className="font-mono">{a.pages.join(", ")}</span>
                    </div>
                  )}
                </TD>
                <TD>{a.category ?? <span className="text-zinc-500">—</span>}</TD>
                <TD>{a.owner ?? <span className="text-zinc-500">—</span>}</TD>
                <TD>
                  <Badge tone={a.status === "published" ? "green" : "neutral"}>{a.status}</Badge>
                </TD>
                <TD>
                  <DateTime value={a.reviewDue} />
                </TD>
                <TD>
                  <DateTime value={a.updatedAt} />
                </TD>
                <TD>
                  <div className="flex flex-wrap gap-1">
                    {a.stale && <Badge tone="amber" title={a.staleReason ?? undefined}>Stale</Badge>}
                    {a.negativeFeedback > 0 && <Badge tone="red" title="Cited by AI replies agents marked wrong in the last 90 days">{a.negativeFeedback} negative</Badge>}
                    {a.lintWarnings > 0 && <Badge tone="violet" title="Structure warnings: open the article to see them">{a.lintWarnings} lint</Badge>}
                  </div>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
