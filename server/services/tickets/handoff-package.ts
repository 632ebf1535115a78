import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { AiProvider } from "../../ai/provider";
import { ticketAssistDrafts, type AssistDraftView } from "../assist-drafts/ticket-drafts";
import { storedNodeLabels } from "../flows/stored-node-labels";
import { ServiceError } from "../lib/service-error";
import { handoffSummary } from "./handoff-summary";
import { handoffWhy, type AiAttempt, type HandoffWhy } from "./handoff-why";
import { OPEN_STATUSES } from "./open-statuses";

const DAY_MS = 24 * 60 * 60 * 1000;
const RECENT = 5;
const CSAT_HISTORY = 10;

export interface HandoffPackage extends HandoffWhy {
  /** Each AI step, with the assist draft it left for an agent and what became of it, when it left one. */
  ai: Array<AiAttempt & { assist: AssistDraftView | null }>;
  /** The newest assist draft no agent has sent or discarded: the reply box opens with it. */
  openDraft: AssistDraftView | null;
  /** The AI's summary of the conversation, else the flow's own context line; null for a ticket with neither. */
  summary: { text: string; by: "ai" | "flow" } | null;
  customer: {
    name: string | null;
    email: string | null;
    plan: string;
    enterprise: boolean;
    /** Tickets from this customer in the 24 hours up to this one, this one included. */
    contactsLast24h: number;
    /** Their other tickets still waiting on someone. */
    openTickets: number;
    recent: Array<{ id: string; subject: string; status: string; createdAt: Date; csat: number | null }>;
    csat: Array<{ ticketId: string; subject: string; score: number; at: Date }>;
    pageUrl: string | null;
  };
}

/**
 * What an agent taking a ticket reads first: why it came to a person and what the AI tried (from the run's trace),
 * a summary of the conversation, and the customer's account: plan, open and recent tickets, contacts in 24 hours,
 * CSAT history and the page they wrote from.
 */
export async function handoffPackage(deps: { prisma: PrismaClient; ai: AiProvider }, ticketId: string): Promise<HandoffPackage> {
  const { prisma } = deps;
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      id: true,
      customerId: true,
      createdAt: true,
      pageUrl: true,
      customer: { select: { name: true, email: true, plan: true, enterprise: true } },
      effects: { select: { idempotencyKey: true, kind: true, payload: true } },
      runs: {
        select: {
          workflowId: true,
          shadow: true,
          startedAt: true,
          outcome: true,
          version: { select: { plan: true, graph: true } },
          events: { orderBy: { seq: "asc" }, select: { seq: true, at: true, nodeId: true, nodeType: true, decision: true, reason: true, details: true } },
        },
      },
    },
  });
  if (ticket === null) throw new ServiceError("not-found", `There is no ticket with id "${ticketId}".`);
  const runs = ticket.runs.map(({ version, ...run }) => ({ ...run, nodeLabels: Object.fromEntries(storedNodeLabels(version.plan, version.graph)) as Record<string, string> }));
  const why = handoffWhy(runs, ticket.effects);
  const others = { customerId: ticket.customerId, id: { not: ticket.id } };
  const [contactsLast24h, openTickets, recent, rated, conversation, drafts] = await Promise.all([
    prisma.ticket.count({ where: { customerId: ticket.customerId, createdAt: { gt: new Date(ticket.createdAt.getTime() - DAY_MS), lte: ticket.createdAt } } }),
    prisma.ticket.count({ where: { ...others, status: { in: [...OPEN_STATUSES] } } }),
    prisma.ticket.findMany({ where: others, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT, select: { id: true, subject: true, status: true, createdAt: true, csat: true } }),
    prisma.ticket.findMany({
      where: { customerId: ticket.customerId, csat: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CSAT_HISTORY,
      select: { id: true, subject: true, csat: true, createdAt: true, resolvedAt: true },
    }),
    handoffSummary(deps, ticket.id),
    ticketAssistDrafts(prisma, ticket.id),
  ]);
  const summary = conversation !== null ? { text: conversation, by: "ai" as const } : why.context !== null ? { text: why.context, by: "flow" as const } : null;
  const draftOf = (seq: number) => drafts.find((d) => d.workflowId === why.run?.workflowId && d.seq === seq) ?? null;
  return {
    ...why,
    ai: why.ai.map((a) => ({ ...a, assist: draftOf(a.seq) })),
    openDraft: drafts.find((d) => d.outcome === null) ?? null,
    summary,
    customer: {
      ...ticket.customer,
      contactsLast24h,
      openTickets,
      recent,
      csat: rated.map((t) => ({ ticketId: t.id, subject: t.subject, score: t.csat!, at: t.resolvedAt ?? t.createdAt })),
      pageUrl: ticket.pageUrl,
    },
  };
}
