import type { TicketPriority, TicketStatus } from "@prisma/client";
import type { TImportMessage, TImportTicket } from "../../../lib/history-import/import-record";
import { agentsOf } from "./agents";
import { fillPlaceholders } from "./bitext-placeholders";
import { DAY, WEEKDAYS } from "./calendar";
import { composeFirstReply, composeSecondReply, quoteOf, topicOf, type ReplyContext } from "./compose-reply";
import { toImportCustomer } from "./customers";
import type { TicketPlan } from "./plan";
import { chance, pick, prng, subSeed, weighted } from "./random";
import { ESCALATION_REASONS, FOLLOW_UPS } from "./reply-pools";
import { pageUrlOf } from "./page-urls";
import { renderTemplate, templateFor } from "./templates";

export const COMPANY = {
  company: "Larkspur",
  website: "www.larkspur.example",
  phone: "+1 555 0100 200",
  email: "help@larkspur.example",
  hours: "Monday to Friday, 8am to 6pm",
};

/** The ticket as an importer hands it over; everything dated after `now` has not happened yet. */
export function buildTicket(plan: TicketPlan, position: number, seed: number, nowMs: number): TImportTicket {
  const rand = prng(subSeed(seed, `text:${plan.index}`));
  const { timeline: tl, customer, profile, text } = plan;
  const has = (t: number | null): t is number => t !== null && t <= nowMs;

  const escalated = has(tl.escalatedAt);
  // Enterprise accounts usually go to their account team; an escalation moves the ticket on to escalations.
  const firstQueue = customer.enterprise && chance(rand, 0.6) ? "enterprise" : profile.queue;
  const queue = escalated ? "escalations" : firstQueue;
  const triageAgent = pick(rand, agentsOf(firstQueue)).name;
  // Escalated before anyone answered: the escalations team writes the first reply.
  const escalatedFirst = escalated && tl.escalatedAt! < tl.firstResponseAt;
  const firstAgent = escalatedFirst ? pick(rand, agentsOf(queue)).name : triageAgent;
  const reassigned = tl.agentChanges > 0 && (escalated || tl.escalatedAt === null);
  const finalAgent = escalated || reassigned ? pick(rand, agentsOf(queue)).name : firstAgent;
  const reference = String(100000 + Math.floor(rand() * 900000));
  const ctx = (agent: string, team: string, at: number): ReplyContext => ({
    first: customer.firstName,
    topic: topicOf(profile.category),
    quote: quoteOf(text.text),
    day: WEEKDAYS[new Date(at + (1 + Math.floor(rand() * 3)) * DAY).getUTCDay()]!,
    agent,
    team,
    queue: profile.queue,
  });

  const messages: TImportMessage[] = [
    { externalId: "m1", author: "customer", authorName: customer.name, body: text.text, internal: false, createdAt: new Date(plan.createdAt) },
  ];
  const say = (author: TImportMessage["author"], authorName: string, body: string, at: number, internal = false) =>
    messages.push({ externalId: `m${messages.length + 1}`, author, authorName, body, internal, createdAt: new Date(at) });

  if (has(tl.firstResponseAt)) {
    const context = ctx(firstAgent, escalatedFirst ? queue : firstQueue, tl.firstResponseAt);
    say("agent", firstAgent, firstReply(plan, rand, context, reference), tl.firstResponseAt);
  }
  if (escalated) say("agent", triageAgent, `Escalated to ${queue}: ${pick(rand, ESCALATION_REASONS)}.`, tl.escalatedAt!, true);
  if (has(tl.followUpAt)) say("customer", customer.name, pick(rand, FOLLOW_UPS), tl.followUpAt);
  if (has(tl.secondReplyAt)) say("agent", finalAgent, composeSecondReply(rand, ctx(finalAgent, queue, tl.secondReplyAt)), tl.secondReplyAt);
  messages.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  messages.forEach((m, i) => (m.externalId = `m${i + 1}`));

  const answered = has(tl.firstResponseAt);
  const resolved = has(tl.resolvedAt);
  const status: TicketStatus = resolved
    ? nowMs - tl.resolvedAt > 4 * DAY ? "closed" : "solved"
    : !answered ? "new" : has(tl.followUpAt) && !has(tl.secondReplyAt) ? "open" : "pending";
  const undone = escalated || tl.escalatedAt === null ? 0 : 1; // an escalation still to come has not moved the ticket yet

  return {
    externalId: `demo-t${String(position).padStart(5, "0")}`,
    subject: subjectOf(text.text),
    body: text.text,
    channel: plan.channel,
    status,
    priority: priorityOf(rand, profile.difficulty, customer.enterprise),
    createdAt: new Date(plan.createdAt),
    firstResponseAt: answered ? new Date(tl.firstResponseAt) : null,
    resolvedAt: resolved ? new Date(tl.resolvedAt) : null,
    handleTimeSec: answered ? (resolved ? tl.handleTimeSec : Math.round(tl.handleTimeSec / 2)) : null,
    // Only some customers answer the survey, and only once the ticket is solved.
    csat: resolved && chance(rand, 0.35) ? tl.satisfaction : null,
    category: profile.category,
    queue,
    assignee: answered ? finalAgent : null,
    tags: tagsOf(plan, escalated),
    pageUrl: pageUrlOf(rand, plan.channel, profile.queue, profile.category),
    language: "en",
    reopens: has(tl.followUpAt) ? tl.reopens : 0,
    agentChanges: answered ? Math.max(0, tl.agentChanges - undone) : 0,
    queueChanges: answered ? Math.max(0, tl.queueChanges - undone) : 0,
    escalated,
    customFields: { dataset: text.dataset },
    customer: toImportCustomer(customer),
    messages,
  };
}

function firstReply(plan: TicketPlan, rand: () => number, ctx: ReplyContext, reference: string): string {
  const spec = templateFor(plan.profile.category);
  if (plan.usesTemplate && spec) return renderTemplate(rand, spec, { firstName: ctx.first, reference, agent: ctx.agent });
  if (plan.text.response && plan.firstUseOfText) {
    const date = new Date(plan.createdAt - 3 * DAY).toISOString().slice(0, 10);
    return fillPlaceholders(plan.text.response, { ...COMPANY, reference, customerName: plan.customer.name, date });
  }
  return composeFirstReply(rand, ctx);
}

function priorityOf(rand: () => number, difficulty: number, enterprise: boolean): TicketPriority {
  const p = weighted<TicketPriority>(rand, { low: 25 - 15 * difficulty, normal: 55, high: 12 + 20 * difficulty, urgent: 2 + 8 * difficulty });
  if (!enterprise || p === "urgent") return p;
  return p === "low" ? "normal" : p === "normal" ? "high" : "urgent";
}

function tagsOf(plan: TicketPlan, escalated: boolean): string[] {
  const tags = [plan.profile.queue, plan.text.dataset];
  if (plan.customer.enterprise) tags.push("enterprise");
  if (plan.repeatOf !== null) tags.push("repeat-contact");
  if (plan.incident) tags.push(`incident:${plan.incident}`);
  if (escalated) tags.push("escalated");
  return tags;
}

/** Helpdesk-style subject: the message itself, cut at a word boundary when long. */
function subjectOf(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  if (oneLine.length <= 70) return oneLine;
  return `${oneLine.slice(0, 70).replace(/\s+\S*$/, "")}…`;
}
