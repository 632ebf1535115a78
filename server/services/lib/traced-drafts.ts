import "server-only";
import type { Prisma } from "@prisma/client";
import type { TraceEntry } from "../../../workflows/interpret/types";

/** An AI reply's draft as its trace line carried it, before the line is stored without its text. */
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
 * Takes the draft's text out of the lines `carries` picks (those with a string `draft` in their details), so the
 * run's trace stays as small as ever and the text is kept once, in the table the caller writes. Every other line
 * passes through untouched.
 */
export function splitTracedDrafts(trace: TraceEntry[], carries: (line: TraceEntry) => boolean): { lines: TraceEntry[]; drafts: TracedDraft[] } {
  const drafts: TracedDraft[] = [];
  const lines = trace.map((line) => {
    const details = line.details;
    if (!carries(line) || typeof details?.draft !== "string") return line;
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

/** The columns a stored draft (ShadowDraft, AssistDraft) takes from its run and its trace line, keyed by (run, seq). */
export function draftRow(run: { id: string; ticketId: string; versionId: string; workflowId: string }, d: TracedDraft) {
  return {
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
  };
}
