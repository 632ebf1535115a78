import "server-only";
import type { Prisma } from "@prisma/client";
import type { TraceEntry } from "../../../workflows/interpret/types";

/** An assist-mode draft as its posting line carried it, before the line is stored without its text. */
export interface TracedAssistDraft {
  seq: number;
  nodeId: string;
  intent: string | null;
  text: string;
  citations: unknown;
  confidence: number;
  threshold: number;
}

const isAssistPosting = (line: TraceEntry) => line.nodeType === "ai-reply" && line.decision === "draft" && line.details?.mode === "assist";

/**
 * Takes the draft's text out of the line where an assist-mode AI reply posts it for the agent, so the trace stays as
 * small as ever and the text is kept once, in AssistDraft. Every other line passes through untouched (shadow drafts
 * are the shadow review's to take).
 */
export function splitAssistDrafts(trace: TraceEntry[]): { lines: TraceEntry[]; drafts: TracedAssistDraft[] } {
  const drafts: TracedAssistDraft[] = [];
  const lines = trace.map((line) => {
    const details = line.details;
    if (!isAssistPosting(line) || typeof details?.draft !== "string") return line;
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
 * Writes a run's assist drafts in its batch's transaction, keyed by (run, seq) like the trace lines, so a batch that
 * runs again writes none twice. A shadow run posts nothing for an agent to take up: its drafts are not offered.
 */
export async function storeAssistDrafts(
  tx: Prisma.TransactionClient,
  run: { id: string; ticketId: string; versionId: string; workflowId: string; shadow: boolean },
  drafts: TracedAssistDraft[],
): Promise<void> {
  if (drafts.length === 0 || run.shadow) return;
  await tx.assistDraft.createMany({
    data: drafts.map((d) => ({
      ticketId: run.ticketId,
      runId: run.id,
      workflowId: run.workflowId,
      versionId: run.versionId,
      seq: d.seq,
      nodeId: d.nodeId,
      intent: d.intent,
      text: d.text,
      citations: d.citations as Prisma.InputJsonValue,
      confidence: d.confidence,
      threshold: d.threshold,
    })),
    skipDuplicates: true,
  });
}
