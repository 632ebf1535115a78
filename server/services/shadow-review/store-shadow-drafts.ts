import "server-only";
import type { Prisma } from "@prisma/client";
import type { TraceEntry } from "../../../workflows/interpret/types";
import { draftRow, splitTracedDrafts, type TracedDraft } from "../lib/traced-drafts";

/**
 * Takes the reply text out of the ai-reply lines that carry one (shadow mode: assist drafts are taken first), so it
 * is kept once, in ShadowDraft.
 */
export function splitShadowDrafts(trace: TraceEntry[]): { lines: TraceEntry[]; drafts: TracedDraft[] } {
  return splitTracedDrafts(trace, (line) => line.nodeType === "ai-reply");
}

/**
 * Writes a run's shadow drafts in its batch's transaction, keyed by (run, seq) like the trace lines, so a batch
 * that runs again writes none twice. The category is the ticket's as it stands when drafted, else the intent.
 */
export async function storeShadowDrafts(
  tx: Prisma.TransactionClient,
  run: { id: string; ticketId: string; versionId: string; workflowId: string },
  drafts: TracedDraft[],
): Promise<void> {
  if (drafts.length === 0) return;
  const ticket = await tx.ticket.findUnique({ where: { id: run.ticketId }, select: { category: true } });
  await tx.shadowDraft.createMany({
    data: drafts.map((d) => ({ ...draftRow(run, d), category: ticket?.category ?? d.intent })),
    skipDuplicates: true,
  });
}
