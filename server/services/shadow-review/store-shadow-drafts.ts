import "server-only";
import type { Prisma } from "@prisma/client";
import type { TraceEntry } from "../../../workflows/interpret/types";

/** A shadow-mode draft as its trace line carried it, before the line is stored without its text. */
export interface TracedDraft {
  seq: number;
  nodeId: string;
  intent: string | null;
  text: string;
  citations: unknown;
  confidence: number;
  threshold: number;
}

/**
 * Takes the reply text out of the ai-reply lines that carry one (shadow mode only), so the run's trace stays as
 * small as ever and the text is kept once, in ShadowDraft. Every other line passes through untouched.
 */
export function splitShadowDrafts(trace: TraceEntry[]): { lines: TraceEntry[]; drafts: TracedDraft[] } {
  const drafts: TracedDraft[] = [];
  const lines = trace.map((line) => {
    const details = line.details;
    if (line.nodeType !== "ai-reply" || typeof details?.draft !== "string") return line;
    const { draft, intent, ...rest } = details;
    drafts.push({
      seq: line.seq,
      nodeId: line.nodeId,
      intent: typeof intent === "string" ? intent : null,
      text: draft as string,
      citations: rest.citations ?? [],
      confidence: Number(rest.confidence ?? 0),
      threshold: Number(rest.threshold ?? 0),
    });
    return { ...line, details: { ...rest, intent } };
  });
  return { lines, drafts };
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
    data: drafts.map((d) => ({
      ticketId: run.ticketId,
      runId: run.id,
      workflowId: run.workflowId,
      versionId: run.versionId,
      seq: d.seq,
      nodeId: d.nodeId,
      intent: d.intent,
      category: ticket?.category ?? d.intent,
      text: d.text,
      citations: d.citations as Prisma.InputJsonValue,
      confidence: d.confidence,
      threshold: d.threshold,
    })),
    skipDuplicates: true,
  });
}
