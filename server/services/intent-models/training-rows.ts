import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TTrainingRow } from "../../ai/intent";
import { isHeldOut } from "./held-out-split";

/** A labelled row with the ticket it came from, which decides whether it is held out (held-out-split.ts). */
export interface TLabelledRow extends TTrainingRow {
  ticketId: string;
}

/**
 * The workspace's labelled history: tickets whose category came from the helpdesk (or the demo history), not
 * the ones the audit categorised, so the model never learns from its own or the audit's guesses; then the intents
 * agents corrected on live tickets (agentLabelledRows). The text is the customer's first message, which is what
 * the flow classifies on a new ticket.
 */
export async function loadLabelledRows(prisma: PrismaClient, opts: { sources?: string[] } = {}): Promise<TLabelledRow[]> {
  const rows = await prisma.ticket.findMany({
    where: {
      category: { not: null },
      OR: [{ categorySource: null }, { categorySource: "import" }],
      ...(opts.sources && opts.sources.length > 0 ? { source: { in: opts.sources } } : {}),
    },
    select: { id: true, body: true, category: true },
    orderBy: { id: "asc" },
  });
  const agent = await agentLabelledRows(prisma, opts);
  // A person's correction outranks whatever label the ticket carried.
  const corrected = new Set(agent.map((a) => a.ticketId));
  return [
    ...rows.filter((r) => !corrected.has(r.id)).map((r) => ({ ticketId: r.id, text: r.body, label: r.category! })),
    ...agent.map((a) => ({ ticketId: a.ticketId, text: a.text, label: a.label })),
  ];
}

/** The labelled rows as text and label only: held-out rows included (a training splits them off itself). */
export async function loadTrainingRows(prisma: PrismaClient, opts: { sources?: string[] } = {}): Promise<TTrainingRow[]> {
  return (await loadLabelledRows(prisma, opts)).map(({ text, label }) => ({ text, label }));
}

export interface AgentLabelledRow {
  ticketId: string;
  subject: string;
  text: string;
  label: string;
  agent: string;
  createdAt: Date;
  /** In the held-out tenth: the next training is compared on it rather than trained on it. */
  heldOut: boolean;
}

/**
 * Training rows with source "agent": the intent an agent gave a live ticket when flagging an AI reply on it, the
 * latest correction per ticket winning. Imported history is left out (its labels are the helpdesk's), so these
 * rows stay apart from the imported ones and can be counted on their own. Newest first.
 */
export async function agentLabelledRows(prisma: PrismaClient, opts: { sources?: string[] } = {}): Promise<AgentLabelledRow[]> {
  // A training limited to some sources takes only their tickets' corrections too.
  const sources = opts.sources && opts.sources.length > 0 ? { source: { in: opts.sources } } : {};
  const flags = await prisma.feedback.findMany({
    where: { correctedIntent: { not: null }, ticket: { importHash: null, ...sources } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { ticketId: true, correctedIntent: true, agent: true, createdAt: true, ticket: { select: { subject: true, body: true } } },
  });
  const seen = new Set<string>();
  const rows: AgentLabelledRow[] = [];
  for (const f of flags) {
    if (seen.has(f.ticketId)) continue;
    seen.add(f.ticketId);
    rows.push({ ticketId: f.ticketId, subject: f.ticket.subject, text: f.ticket.body, label: f.correctedIntent!, agent: f.agent, createdAt: f.createdAt, heldOut: isHeldOut(f.ticketId) });
  }
  return rows;
}
