import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { ZAiFeedbackSchema } from "../../../lib/tickets/ai-feedback";
import type { HelpdeskGateway } from "../../ports";
import { flagAiReply } from "../ai-feedback/flag-ai-reply";
import { ticketAssistDrafts } from "../assist-drafts/ticket-drafts";
import type { Outbox } from "../outbox/outbox";
import { changeTicketField } from "../tickets/agent/change-ticket-field";
import { postAgentMessage } from "../tickets/agent/post-agent-message";
import type { Rand, SimText } from "./customer-plan";

export interface AgentDeps {
  prisma: PrismaClient;
  outbox: Outbox;
  helpdesk: HelpdeskGateway;
  rand: Rand;
  now(): number;
  source: string;
  /** Answers the datasets give for a category (Bitext's), to reply with when no AI draft is offered. */
  texts: readonly SimText[];
  /** How long a handed-off ticket waits before an agent picks it up. */
  pickUpAfterMs: number;
}

export interface AgentTally {
  answered: number;
  fromDraft: number;
  flagged: number;
}

const GENERIC = "Thanks for your patience. I have looked into this and sorted it on our side; let me know if anything else comes up.";
/** Of AI answers, the share an agent reads back and rates, and of those the share found wrong. */
const REVIEW_SHARE = 0.3;
const WRONG_SHARE = 0.2;

/**
 * One round of the simulated agents: each open ticket of the run that the flow has decided on and left to people
 * for `pickUpAfterMs` gets a reply (the AI's Tier 2 draft as drafted, edited or rewritten when one is offered) and is
 * solved; and some AI answers are reviewed with feedback. Acts through the same services as the agent workspace.
 */
export async function agentRound(deps: AgentDeps, reviewed: Set<string>, tally: AgentTally): Promise<void> {
  const { prisma } = deps;
  const waiting = await prisma.ticket.findMany({
    where: {
      source: deps.source,
      resolvedAt: null,
      createdAt: { lt: new Date(deps.now() - deps.pickUpAfterMs) },
      runs: { some: { shadow: false, decidedAt: { not: null } } },
    },
    select: { id: true, category: true, intent: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  const agents = await prisma.agent.findMany({ select: { name: true, email: true }, orderBy: { email: "asc" } });
  for (const t of waiting) {
    const actor = agents.length > 0 ? agents[Math.floor(deps.rand() * agents.length)]! : { name: "Simulated agent", email: "agent@sim.example" };
    await answer(deps, t, actor, tally);
  }
  await reviewAiAnswers(deps, reviewed, tally);
}

async function answer(deps: AgentDeps, t: { id: string; category: string | null; intent: string | null }, actor: { name: string; email: string }, tally: AgentTally): Promise<void> {
  const ports = { prisma: deps.prisma, outbox: deps.outbox, helpdesk: deps.helpdesk };
  const draft = (await ticketAssistDrafts(deps.prisma, t.id)).find((d) => d.outcome === null);
  const own = ownReply(deps, t.category ?? t.intent);
  const r = deps.rand();
  const body = draft === undefined ? own : r < 0.6 ? draft.text : r < 0.85 ? `${draft.text}\n\nIf that does not settle it, reply here and I will follow up.` : own;
  const cleared = draft !== undefined && r >= 0.85;
  await postAgentMessage(ports, { ticketId: t.id, kind: "reply", body, requestId: `sim-reply-${t.id}`, ...(draft ? { draft: { id: draft.id, cleared } } : {}) }, actor);
  await changeTicketField(ports, { ticketId: t.id, change: { field: "status", value: "solved" }, requestId: `sim-solve-${t.id}` }, actor);
  tally.answered += 1;
  if (draft !== undefined && !cleared) tally.fromDraft += 1;
}

function ownReply(deps: AgentDeps, category: string | null): string {
  const answers = deps.texts.filter((x) => x.category === category && x.response);
  return answers.length > 0 ? answers[Math.floor(deps.rand() * answers.length)]!.response! : GENERIC;
}

/** Agents read back a share of the AI's public answers of the run and say whether they were right. */
async function reviewAiAnswers(deps: AgentDeps, reviewed: Set<string>, tally: AgentTally): Promise<void> {
  const answers = await deps.prisma.message.findMany({
    where: { author: "ai", internal: false, aiMeta: { not: Prisma.DbNull }, ticket: { source: deps.source }, id: { notIn: [...reviewed] } },
    select: { id: true, ticketId: true },
    take: 50,
  });
  for (const m of answers) {
    reviewed.add(m.id);
    if (deps.rand() >= REVIEW_SHARE) continue;
    const verdict = deps.rand() < WRONG_SHARE ? "incorrect" : "good";
    await flagAiReply(deps.prisma, ZAiFeedbackSchema.parse({ ticketId: m.ticketId, messageId: m.id, verdict }), { id: "simulated-agent", email: "reviewer@sim.example" });
    tally.flagged += 1;
  }
}
