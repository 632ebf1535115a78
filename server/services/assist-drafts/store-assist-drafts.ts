import "server-only";
import type { Prisma } from "@prisma/client";
import type { TraceEntry } from "../../../workflows/interpret/types";
import { draftRow, splitTracedDrafts, type TracedDraft } from "../lib/traced-drafts";

const isAssistPosting = (line: TraceEntry) => line.nodeType === "ai-reply" && line.decision === "draft" && line.details?.mode === "assist";

/**
 * Takes the draft's text out of the line where an assist-mode AI reply posts it for the agent, so it is kept once,
 * in AssistDraft. Shadow drafts are the shadow review's to take.
 */
export function splitAssistDrafts(trace: TraceEntry[]): { lines: TraceEntry[]; drafts: TracedDraft[] } {
  return splitTracedDrafts(trace, isAssistPosting);
}

/**
 * Writes a run's assist drafts in its batch's transaction, keyed by (run, seq) like the trace lines, so a batch that
 * runs again writes none twice. A shadow run posts nothing for an agent to take up: its drafts are not offered.
 */
export async function storeAssistDrafts(
  tx: Prisma.TransactionClient,
  run: { id: string; ticketId: string; versionId: string; workflowId: string; shadow: boolean },
  drafts: TracedDraft[],
): Promise<void> {
  if (drafts.length === 0 || run.shadow) return;
  await tx.assistDraft.createMany({
    data: drafts.map((d) => draftRow(run, d)),
    skipDuplicates: true,
  });
}
