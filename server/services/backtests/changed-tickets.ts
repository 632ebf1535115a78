import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { BacktestResult, Divergence, OutcomeSummary } from "../../../workflows/interpret/replay/types";
import type { TraceEntry } from "../../../workflows/interpret/types";
import { runNodeLabels } from "./run-node-labels";

const MAX_CHANGED_ROWS = 10_000;

export interface ChangedTicketRow {
  ticketId: string;
  subject: string;
  category: string | null;
  createdAt: Date;
  baseline: OutcomeSummary;
  candidate: OutcomeSummary;
  divergenceNodeId: string;
  /** The node's label on the canvas (its id when the run kept no label for it). */
  divergenceNodeLabel: string | null;
  explanation: string;
}

/** The tickets whose outcome changed, oldest first, without their traces (the table loads them all at once). */
export async function listChangedTickets(prisma: PrismaClient, runId: string): Promise<ChangedTicketRow[]> {
  const labels = await runNodeLabels(prisma, runId);
  const rows = await prisma.backtestChangedTicket.findMany({
    where: { runId },
    orderBy: [{ ticketCreatedAt: "asc" }, { ticketId: "asc" }],
    take: MAX_CHANGED_ROWS,
    select: { ticketId: true, subject: true, category: true, ticketCreatedAt: true, baseline: true, candidate: true, divergenceNodeId: true, explanation: true },
  });
  return rows.map(({ ticketCreatedAt, baseline, candidate, ...row }) => ({
    ...row,
    divergenceNodeLabel: labels.get(row.divergenceNodeId) ?? null,
    createdAt: ticketCreatedAt,
    baseline: baseline as unknown as OutcomeSummary,
    candidate: candidate as unknown as OutcomeSummary,
  }));
}

export interface ChangedTicketDetail {
  ticket: { id: string; subject: string; body: string; category: string | null; createdAt: Date; messages: Array<{ author: string; body: string; createdAt: Date }> };
  baseline: OutcomeSummary;
  candidate: OutcomeSummary;
  divergence: Divergence;
  baselineTrace: TraceEntry[];
  candidateTrace: TraceEntry[];
  /** The run's node labels by node id, to name the steps of both traces. */
  nodeLabels: Record<string, string>;
}

/** One changed ticket with its conversation and both step traces, for the side-by-side view. */
export async function changedTicketDetail(prisma: PrismaClient, runId: string, ticketId: string): Promise<ChangedTicketDetail | null> {
  const changed = await prisma.backtestChangedTicket.findUnique({ where: { runId_ticketId: { runId, ticketId } } });
  if (changed === null) return null;
  const labels = await runNodeLabels(prisma, runId);
  const divergence = changed.divergence as unknown as Divergence;
  if (divergence.nodeLabel === undefined && labels.has(divergence.nodeId)) divergence.nodeLabel = labels.get(divergence.nodeId)!;
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      id: true, subject: true, body: true, category: true, createdAt: true,
      messages: { where: { internal: false }, orderBy: { createdAt: "asc" }, select: { author: true, body: true, createdAt: true } },
    },
  });
  return {
    // The ticket may have been deleted since the run; the stored row still tells what changed.
    ticket: ticket ?? { id: ticketId, subject: changed.subject, body: "", category: changed.category, createdAt: changed.ticketCreatedAt, messages: [] },
    baseline: changed.baseline as unknown as OutcomeSummary,
    candidate: changed.candidate as unknown as OutcomeSummary,
    divergence,
    baselineTrace: changed.baselineTrace as unknown as TraceEntry[],
    candidateTrace: changed.candidateTrace as unknown as TraceEntry[],
    nodeLabels: Object.fromEntries(labels),
  };
}

export interface RuleMatches {
  /** The node's label on the canvas (its id when the run kept none). */
  nodeLabel: string;
  count: number;
  tickets: Array<{ ticketId: string; subject: string; category: string | null; changed: boolean }>;
}

/**
 * The tickets a node's branch took in the candidate (the link from a routing rule to what it matched): the full
 * count, and the first tickets (the sample the metrics keep), each marked when its outcome changed.
 */
export async function ruleMatches(prisma: PrismaClient, runId: string, nodeId: string, decision: string): Promise<RuleMatches> {
  const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { result: true } });
  const hits = (run?.result as unknown as BacktestResult | null)?.candidate.nodeHits[nodeId]?.[decision];
  const nodeLabel = (await runNodeLabels(prisma, runId)).get(nodeId) ?? nodeId;
  if (hits === undefined) return { nodeLabel, count: 0, tickets: [] };
  const [tickets, changed] = await Promise.all([
    prisma.ticket.findMany({ where: { id: { in: hits.sample } }, select: { id: true, subject: true, category: true } }),
    prisma.backtestChangedTicket.findMany({ where: { runId, ticketId: { in: hits.sample } }, select: { ticketId: true } }),
  ]);
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const changedIds = new Set(changed.map((c) => c.ticketId));
  return {
    nodeLabel,
    count: hits.count,
    tickets: hits.sample.map((id) => ({
      ticketId: id,
      subject: byId.get(id)?.subject ?? "(ticket no longer stored)",
      category: byId.get(id)?.category ?? null,
      changed: changedIds.has(id),
    })),
  };
}
