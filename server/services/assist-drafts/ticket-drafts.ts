import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TDraftOutcome } from "../../../lib/tickets/draft-outcome";

/** An assist draft as the ticket view shows it: in the composer while open, in "What the AI tried" with its outcome. */
export interface AssistDraftView {
  id: string;
  workflowId: string;
  seq: number;
  intent: string | null;
  text: string;
  citations: Array<{ articleId: string; title: string }>;
  confidence: number;
  createdAt: Date;
  outcome: TDraftOutcome | null;
  sentText: string | null;
  editRatio: number | null;
  agent: string | null;
  closedAt: Date | null;
}

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function citationsOf(value: unknown): AssistDraftView["citations"] {
  if (!Array.isArray(value)) return [];
  return value
    .map(record)
    .filter((c) => typeof c["articleId"] === "string")
    .map((c) => ({ articleId: c["articleId"] as string, title: typeof c["title"] === "string" ? c["title"] : (c["articleId"] as string) }));
}

/** A ticket's assist drafts, newest first. */
export async function ticketAssistDrafts(prisma: PrismaClient, ticketId: string): Promise<AssistDraftView[]> {
  const rows = await prisma.assistDraft.findMany({
    where: { ticketId },
    orderBy: [{ createdAt: "desc" }, { seq: "desc" }],
    select: {
      id: true,
      workflowId: true,
      seq: true,
      intent: true,
      text: true,
      citations: true,
      confidence: true,
      createdAt: true,
      outcome: true,
      sentText: true,
      editRatio: true,
      agent: true,
      closedAt: true,
    },
  });
  return rows.map((r) => ({ ...r, citations: citationsOf(r.citations), outcome: r.outcome as TDraftOutcome | null }));
}
