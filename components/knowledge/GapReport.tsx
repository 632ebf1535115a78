"use client";

import { useState } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { SearchX } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { EmptyState } from "@/components/ui/EmptyState";
import { Note } from "@/components/ui/Note";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

type Initial = RouterOutputs["knowledge"]["gapReport"];
type Report = NonNullable<Initial["report"]>;

const SOURCE_TEXT = {
  "tier-map": (v: number | null) => `Tier 1 categories of the saved tier map (version ${v ?? "?"}).`,
  audit: () => "No tier map is saved yet, so these are the latest audit's suggested Tier 1 categories.",
  none: () => "No tier map is saved and no audit has been run, so there are no Tier 1 categories to check.",
} as const;

/**
 * For each Tier 1 category, how many of its tickets the published articles answer well, worst first. Running it costs
 * the server seconds of matching, so only roles that edit the knowledge base get the button.
 */
export function GapReport({ initial, canRun }: { initial: Initial; canRun: boolean }) {
  const trpc = useTRPC();
  const [report, setReport] = useState<Report | null>(initial.report);
  const run = useMutation(trpc.knowledge.runGapReport.mutationOptions({ onSuccess: setReport }));
  const tiers = initial.tiers;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        {canRun && (
          <Button variant="primary" onClick={() => run.mutate()} disabled={run.isPending || tiers.categories.length === 0}>
            {run.isPending ? "Running…" : "Run gap report"}
          </Button>
        )}
        <span className="text-xs text-zinc-600">
          {SOURCE_TEXT[tiers.source](tiers.tierMapVersion)} {tiers.categories.length > 0 && `${tiers.categories.length} categories.`}
        </span>
      </div>
      {tiers.source === "none" && (
        <Note>
          Save a tier map on the <Link href="/history-audit/tiers" className="underline">tier map page</Link> or run the <Link href="/history-audit" className="underline">audit</Link> first.
        </Note>
      )}
      {run.isPending && <ProgressBar label="Running the gap report" value={null} detail="Matching a sample of each category's tickets against the published articles…" />}
      {run.error && (
        <p role="alert" className="text-[13px] text-red-700">
          The gap report failed: {run.error.message}
        </p>
      )}
      {report === null ? (
        !run.isPending && (
          <EmptyState icon={SearchX} title="No gap report yet">
            {canRun ? "Run it to see" : "A designer, publisher or admin can run it to show"}, for each Tier 1 category, the share of its tickets the knowledge
            base answers with a strong match.
          </EmptyState>
        )
      ) : (
        <ReportTable report={report} />
      )}
    </div>
  );
}

function ReportTable({ report }: { report: Report }) {
  return (
    <section aria-label="Gap report results" className="space-y-2">
      <p role="status" className="text-xs text-zinc-600">
        Report of <DateTime value={report.generatedAt} zone />: {report.categories.length} categories against {report.publishedArticles} published articles; a match is strong at a
        score of {report.strongMatchScore} or more; at most {report.sampleLimit} tickets checked per category.
      </p>
      {report.categories.length === 0 ? (
        <EmptyState title="No Tier 1 categories">The report had no categories to check.</EmptyState>
      ) : (
        <Table aria-label="Coverage by category">
          <THead>
            <tr>
              <TH>Category</TH>
              <TH className="text-right">Tickets</TH>
              <TH className="text-right">Checked</TH>
              <TH className="text-right">Strong match</TH>
              <TH>Worst-covered tickets</TH>
            </tr>
          </THead>
          <TBody>
            {report.categories.map((c) => (
              <TR key={c.category}>
                <TD className="font-medium">{c.category}</TD>
                <TD className="text-right tabular-nums">{c.tickets.toLocaleString("en")}</TD>
                <TD className="text-right tabular-nums">{c.sampled}</TD>
                <TD className="text-right">
                  <Badge tone={c.coverage >= 0.8 ? "green" : c.coverage >= 0.5 ? "amber" : "red"}>{Math.round(c.coverage * 100)}%</Badge>
                  <div className="text-[11px] tabular-nums text-zinc-500">
                    {c.strong} of {c.sampled}
                  </div>
                </TD>
                <TD className="max-w-xl">
                  {c.worst.length === 0 ? (
                    <span className="text-zinc-500">No tickets</span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer text-xs text-indigo-700">{c.worst.length} examples (best score {c.worst[0]!.score.toFixed(2)})</summary>
                      <ul className="mt-2 space-y-2">
                        {c.worst.map((w) => (
                          <li key={w.ticketId} className="rounded border border-zinc-100 p-2 text-xs">
                            <Link href={`/inbox/${w.ticketId}`} className="font-medium text-zinc-900 hover:underline">
                              {w.subject || "(no subject)"}
                            </Link>
                            <p className="mt-0.5 line-clamp-3 text-zinc-600">{w.body}</p>
                            <p className="mt-1 text-zinc-500">
                              Best match {w.score.toFixed(2)}:{" "}
                              {w.article === null ? (
                                "none"
                              ) : (
                                <Link href={`/knowledge/${w.article.id}`} className="underline">
                                  {w.article.title}
                                  {w.article.section ? ` › ${w.article.section}` : ""}
                                </Link>
                              )}
                            </p>
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
