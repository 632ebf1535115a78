import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";

/**
 * A small workspace for the refresher's integration tests, in its own queue (the database is shared with other test
 * files, so every figure is read with `queueId` as filter): live and imported tickets covering every handling,
 * deflection, came-back by reopen and by repeat contact, an edited assist draft, feedback, shadow verdicts, CSAT on
 * each side, an SLA breach and escalations with and without a reason. Week of Monday 2019-03-04.
 */
export interface TMetricsFixture {
  queueId: string;
  versionId: string;
  flowId: string;
  /** Ticket ids by the role they play in the tests. */
  ids: Record<string, string>;
}

const at = (day: number, hour = 10, minute = 0) => new Date(Date.UTC(2019, 2, day, hour, minute));

interface TicketSpec {
  key: string;
  customer: string;
  imported?: boolean;
  category?: string | null;
  intent?: string;
  created: Date;
  resolved?: Date;
  firstResponse?: Date;
  handleTimeSec?: number;
  reopens?: number;
  csat?: number;
  escalated?: boolean;
  tier?: number;
  /** An "ai" message is an AI answer (with its model and citations) unless `closing`: a flow's closing message. */
  messages?: Array<{ author: "agent" | "ai" | "customer" | "system"; internal?: boolean; closing?: boolean }>;
  feedback?: string[];
  run?: { shadow?: boolean; escalationReason?: string; slaBreached?: boolean; shadowVerdict?: string; assistOutcome?: string };
}

const SPECS: TicketSpec[] = [
  // Live: answered by the AI and resolved: automated, deflected; the agent later called the answer good.
  { key: "deflected", customer: "a", category: "billing", created: at(4), firstResponse: at(4, 10, 1), resolved: at(4, 11), csat: 5, tier: 1, messages: [{ author: "customer" }, { author: "ai" }], feedback: ["incorrect", "good"], run: {} },
  // Live: closed by a rule that said goodbye, nobody answered: automated, not deflected.
  { key: "closedByRule", customer: "b", category: "billing", created: at(4, 12), resolved: at(4, 13), tier: 1, messages: [{ author: "ai", closing: true }], run: {} },
  // Live: the AI answered, the customer reopened: came back; feedback says incorrect.
  { key: "reopened", customer: "c", category: "billing", created: at(5), firstResponse: at(5, 10, 2), resolved: at(5, 12), reopens: 1, csat: 2, messages: [{ author: "ai" }], feedback: ["incorrect"], run: {} },
  // Live: the AI answered, the same customer wrote again on the same issue two days later: came back by repeat contact.
  { key: "repeatFirst", customer: "d", category: "shipping", created: at(5, 9), firstResponse: at(5, 9, 5), resolved: at(5, 10), messages: [{ author: "ai" }], run: {} },
  // Live: that second contact: an agent answered after an escalation with a reason and a breached SLA.
  { key: "repeatSecond", customer: "d", category: "shipping", created: at(7, 9), firstResponse: at(7, 15), resolved: at(8, 10), csat: 4, escalated: true, messages: [{ author: "customer" }, { author: "agent" }], run: { escalationReason: "Asks for a human", slaBreached: true } },
  // Live: the agent sent the AI's draft after editing it: AI-assisted; a shadow review said it would have been right.
  { key: "assisted", customer: "e", category: "returns", created: at(6), firstResponse: at(6, 11), resolved: at(6, 16), csat: 5, tier: 2, messages: [{ author: "agent" }, { author: "system", internal: true }], run: { assistOutcome: "edited", shadowVerdict: "send" } },
  // Live: still open, escalated with no reason recorded; its shadow draft was judged wrong.
  { key: "open", customer: "f", category: null, intent: "returns", created: at(8), escalated: true, messages: [{ author: "ai", internal: true }], run: { shadowVerdict: "wrong", shadow: true } },
  // Live: an agent answered without a draft: human; suboptimal feedback on an earlier AI answer.
  { key: "human", customer: "g", category: "returns", created: at(6, 8), firstResponse: at(6, 9), resolved: at(6, 17), csat: 3, tier: 3, messages: [{ author: "ai" }, { author: "agent" }], feedback: ["suboptimal"], run: { assistOutcome: "rewritten" } },
  // Imported: resolved with no recorded response or agent time: automated.
  { key: "importedAuto", customer: "h", imported: true, category: "billing", created: at(4, 8), resolved: at(4, 9), csat: 4 },
  // Imported: worked by an agent, escalated in the helpdesk: human, reason unspecified.
  { key: "importedHuman", customer: "i", imported: true, category: "billing", created: at(5, 8), firstResponse: at(5, 10), resolved: at(6, 10), handleTimeSec: 600, csat: 1, escalated: true },
  // Imported: handled, with agent time only.
  { key: "importedHandled", customer: "j", imported: true, category: "billing", created: at(9, 8), resolved: at(9, 18), handleTimeSec: 1200, csat: 5 },
  // Imported: closed untouched, then reopened: came back.
  { key: "importedReopened", customer: "k", imported: true, category: "shipping", created: at(10, 8), resolved: at(10, 9), reopens: 2 },
  // Imported: still open.
  { key: "importedOpen", customer: "l", imported: true, category: "shipping", created: at(10, 12) },
];

export async function seedMetricsFixture(prisma: PrismaClient, tag: string): Promise<TMetricsFixture> {
  const queue = await prisma.queue.create({ data: { name: `metrics-${tag}` } });
  const flow = await prisma.flow.create({ data: { name: `metrics-${tag}`, draftGraph: {} } });
  const version = await prisma.flowVersion.create({ data: { flowId: flow.id, number: 1, graph: {}, plan: {}, contentHash: tag, author: "test" } });
  const ids: Record<string, string> = {};
  for (const s of SPECS) ids[s.key] = await createTicket(prisma, tag, s, queue.id, version.id);
  return { queueId: queue.id, versionId: version.id, flowId: flow.id, ids };
}

async function createTicket(prisma: PrismaClient, tag: string, s: TicketSpec, queueId: string, versionId: string): Promise<string> {
  const customer = await prisma.customer.upsert({
    where: { source_externalId: { source: `metrics-${tag}`, externalId: s.customer } },
    create: { source: `metrics-${tag}`, externalId: s.customer },
    update: {},
  });
  const ticket = await prisma.ticket.create({
    data: {
      source: `metrics-${tag}`,
      externalId: s.key,
      customerId: customer.id,
      subject: s.key,
      body: s.key,
      queueId,
      category: s.category ?? null,
      intent: s.intent ?? s.category ?? null,
      tier: s.tier ?? null,
      createdAt: s.created,
      resolvedAt: s.resolved ?? null,
      firstResponseAt: s.firstResponse ?? null,
      handleTimeSec: s.handleTimeSec ?? null,
      reopens: s.reopens ?? 0,
      csat: s.csat ?? null,
      escalated: s.escalated ?? false,
      status: s.resolved ? "solved" : "open",
      importHash: s.imported ? `hash-${s.key}` : null,
    },
  });
  for (const [i, m] of (s.messages ?? []).entries()) {
    const aiMeta = m.author === "ai" && !m.closing ? { model: "test", citations: [] } : undefined;
    await prisma.message.create({ data: { ticketId: ticket.id, author: m.author, body: `${m.author} ${i}`, internal: m.internal ?? false, aiMeta, createdAt: new Date(s.created.getTime() + (i + 1) * 60_000) } });
  }
  for (const [i, verdict] of (s.feedback ?? []).entries()) {
    await prisma.feedback.create({ data: { ticketId: ticket.id, agent: "agent@example.com", verdict, createdAt: new Date(s.created.getTime() + (i + 1) * 3_600_000) } });
  }
  if (s.run) await createRun(prisma, ticket.id, s, versionId);
  return ticket.id;
}

async function createRun(prisma: PrismaClient, ticketId: string, s: TicketSpec, versionId: string): Promise<void> {
  const r = s.run ?? {};
  const outcome = r.escalationReason ? { kind: "escalated", escalationReason: r.escalationReason } : { kind: "resolved", escalationReason: null };
  const run = await prisma.flowRun.create({
    data: { ticketId, versionId, workflowId: `ticket-${ticketId}`, shadow: r.shadow ?? false, status: "completed", outcome: outcome as Prisma.InputJsonValue, startedAt: s.created },
  });
  if (r.slaBreached) {
    await prisma.runEvent.create({ data: { runId: run.id, seq: 1, nodeId: "sla", nodeType: "sla-timer", decision: "breached", reason: "No first response within 1 h", at: s.created } });
  }
  const draft = { ticketId, runId: run.id, workflowId: run.workflowId, versionId, nodeId: "reply", text: "draft", citations: [], confidence: 0.8, threshold: 0.7 };
  if (r.shadowVerdict) await prisma.shadowDraft.create({ data: { ...draft, seq: 2, verdict: r.shadowVerdict, reviewer: "rev@example.com", reviewedAt: s.created } });
  if (r.assistOutcome) await prisma.assistDraft.create({ data: { ...draft, seq: 3, outcome: r.assistOutcome, closedAt: s.created } });
}
