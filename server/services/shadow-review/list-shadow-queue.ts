import "server-only";
import type { PrismaClient } from "@prisma/client";

export interface ShadowQueueItem {
  id: string;
  ticketId: string;
  subject: string;
  /** What the customer wrote: the ticket's opening message. */
  customerMessage: string;
  intent: string | null;
  category: string | null;
  text: string;
  citations: Array<{ articleId: string; title: string }>;
  confidence: number;
  threshold: number;
  flowName: string;
  versionNumber: number;
  createdAt: Date;
}

/** The drafts nobody has reviewed yet, oldest first, so the queue is worked in the order the tickets came. */
export async function listShadowQueue(prisma: PrismaClient, input: { limit?: number } = {}): Promise<{ items: ShadowQueueItem[]; unreviewed: number }> {
  const where = { reviewedAt: null };
  const [rows, unreviewed] = await Promise.all([
    prisma.shadowDraft.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: input.limit ?? 50 }),
    prisma.shadowDraft.count({ where }),
  ]);
  const ticketIds = [...new Set(rows.map((r) => r.ticketId))];
  const versionIds = [...new Set(rows.map((r) => r.versionId))];
  const [tickets, versions] = await Promise.all([
    prisma.ticket.findMany({ where: { id: { in: ticketIds } }, select: { id: true, subject: true, body: true } }),
    prisma.flowVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, number: true, flow: { select: { name: true } } } }),
  ]);
  const ticketById = new Map(tickets.map((t) => [t.id, t]));
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const items = rows.map((r) => {
    const ticket = ticketById.get(r.ticketId);
    const version = versionById.get(r.versionId);
    return {
      id: r.id,
      ticketId: r.ticketId,
      subject: ticket?.subject ?? "(ticket deleted)",
      customerMessage: ticket?.body ?? "",
      intent: r.intent,
      category: r.category,
      text: r.text,
      citations: Array.isArray(r.citations) ? (r.citations as Array<{ articleId: string; title: string }>) : [],
      confidence: r.confidence,
      threshold: r.threshold,
      flowName: version?.flow.name ?? "",
      versionNumber: version?.number ?? 0,
      createdAt: r.createdAt,
    };
  });
  return { items, unreviewed };
}
