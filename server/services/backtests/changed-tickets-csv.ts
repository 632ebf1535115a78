import "server-only";
import type { PrismaClient } from "@prisma/client";
import { outcomeChange } from "../../../lib/backtests/change-reasons";
import type { BaselineKind, OutcomeSummary } from "../../../workflows/interpret/replay/types";
import { csvLine } from "./csv-cells";
import { runNodeLabels } from "./run-node-labels";

const PAGE = 1_000;

const HEADER = [
  "ticket_id", "created_at", "subject", "category",
  "baseline_outcome", "candidate_outcome", "baseline_queue", "candidate_queue", "baseline_tier", "candidate_tier",
  "baseline_escalation_reason", "candidate_escalation_reason", "baseline_ai_reply", "candidate_ai_reply",
  "baseline_intent", "candidate_intent", "candidate_intent_confidence", "parted_at_node", "explanation", "what_changed",
];

/** Whether a run's changed tickets can be downloaded: only a completed run has its full list. */
export async function changedTicketsCsvReadiness(prisma: PrismaClient, runId: string): Promise<"no-such-run" | "not-completed" | "ready"> {
  const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { status: true } });
  if (run === null) return "no-such-run";
  return run.status === "completed" ? "ready" : "not-completed";
}

/**
 * Every changed ticket of a run as CSV lines, oldest first, read a page at a time, so a run with a
 * hundred thousand changed tickets streams to the download without being held in memory. Unlike the
 * page's table, nothing is capped. Traces are left out: they open on the ticket's page.
 */
export async function* changedTicketsCsv(prisma: PrismaClient, runId: string, options: { pageSize?: number } = {}): AsyncGenerator<string> {
  const page = options.pageSize ?? PAGE;
  const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { baselineKind: true } });
  const baselineKind = (run?.baselineKind ?? "version") as BaselineKind;
  // The node where the sides part, named as the canvas names it (its id means nothing to the reader).
  const labels = await runNodeLabels(prisma, runId);
  yield csvLine(HEADER);
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.backtestChangedTicket.findMany({
      where: { runId },
      orderBy: [{ ticketCreatedAt: "asc" }, { ticketId: "asc" }, { id: "asc" }],
      take: page,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
      select: { id: true, ticketId: true, ticketCreatedAt: true, subject: true, category: true, baseline: true, candidate: true, divergenceNodeId: true, explanation: true },
    });
    for (const row of rows) {
      const b = row.baseline as unknown as OutcomeSummary;
      const c = row.candidate as unknown as OutcomeSummary;
      yield csvLine([
        row.ticketId, row.ticketCreatedAt.toISOString(), row.subject, row.category,
        b.kind, c.kind, b.queue, c.queue, b.tier, c.tier,
        b.escalationReason, c.escalationReason, b.aiReply, c.aiReply,
        b.intent, c.intent, c.intentConfidence,
        labels.get(row.divergenceNodeId) ?? row.divergenceNodeId, row.explanation, outcomeChange(b, c, baselineKind),
      ]);
    }
    if (rows.length < page) return;
    cursor = rows[rows.length - 1]!.id;
  }
}
