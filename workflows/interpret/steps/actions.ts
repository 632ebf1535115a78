import type { FlowPlan, PlanNodeOf } from "../../model/plan";
import type { ActivityResult } from "../activities";
import { callActivity, idempotencyKey, ticketId, type ActivityOutcome, type StepContext, type StepOutcome } from "../step-kit";
import { handoffSummary, renderTemplate } from "../template";

/**
 * Effects (escalate, notify, update, survey) run as activities. Success adds no trace line (the line
 * written when the effect was asked for says what it does); a final failure is traced and the flow carries on.
 */
export function resumeEffect(decision: string, outcome: ActivityOutcome): StepOutcome {
  return outcome.ok
    ? { kind: "go", handle: "next", decision, reason: "Done", quiet: true }
    : { kind: "go", handle: "next", decision: "failed", reason: `Failed after retries: ${outcome.error}` };
}

export function enterRoute(node: PlanNodeOf<"route">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  const { queue, strategy, skills } = node.config;
  return callActivity("routeTicket", { ticketId: ticketId(s), queue, strategy, skills, idempotencyKey: idempotencyKey(s, node) }, "routed", {
    note: { decision: queue, reason: `Routing to ${queue} (${strategy}${skills.length > 0 ? `, skills ${skills.join(", ")}` : ""})` },
  });
}

export function resumeRoute(node: PlanNodeOf<"route">, ctx: StepContext, outcome: ActivityOutcome): StepOutcome {
  if (!outcome.ok) return resumeEffect(node.config.queue, outcome);
  const r = outcome.value as ActivityResult<"routeTicket">;
  ctx.state.ticket!.queue = r.queue;
  ctx.state.actions.routedTo = r.queue;
  // Who got the ticket depends on the agents' live load, which a backtest cannot know: the assignee is a
  // detail of the live trace, never part of the decision or its reason, so both drivers decide alike.
  return { kind: "go", handle: "next", decision: r.queue, reason: `In ${r.queue}`, ...(r.assignee ? { details: { assignee: r.assignee } } : {}) };
}

export function enterEscalate(node: PlanNodeOf<"escalate">, ctx: StepContext, plan: FlowPlan): StepOutcome {
  const s = ctx.state;
  const c = node.config;
  s.actions.escalation = c.reason;
  if (c.queue !== undefined) s.actions.routedTo = c.queue;
  if (c.priority !== undefined) s.ticket!.priority = c.priority;
  const input = {
    ticketId: ticketId(s),
    reason: c.reason,
    queue: c.queue ?? null,
    priority: c.priority ?? null,
    customerMessage: c.customerMessage !== undefined ? renderTemplate(c.customerMessage, s, plan) : null,
    summary: handoffSummary(s),
    idempotencyKey: idempotencyKey(s, node),
  };
  return callActivity("escalateTicket", input, "escalated", {
    note: { decision: "escalate", reason: c.reason, details: { queue: input.queue, priority: input.priority, summary: input.summary } },
  });
}

export function enterNotify(node: PlanNodeOf<"notify">, ctx: StepContext, plan: FlowPlan): StepOutcome {
  const s = ctx.state;
  const text = renderTemplate(node.config.message, s, plan);
  return callActivity("notifySlack", { ticketId: ticketId(s), channel: node.config.channel, text, idempotencyKey: idempotencyKey(s, node) }, "notified", {
    note: { decision: node.config.channel, reason: `Slack ${node.config.channel}: ${text}` },
  });
}

export function enterSetFields(node: PlanNodeOf<"set-fields">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  const { priority, status, fields } = node.config;
  if (priority !== undefined) s.ticket!.priority = priority;
  if (status !== undefined) s.ticket!.status = status;
  const changes = { ...(priority !== undefined ? { priority } : {}), ...(status !== undefined ? { status } : {}), fields };
  const said = [priority && `priority ${priority}`, status && `status ${status}`, ...Object.entries(fields).map(([k, v]) => `${k} = ${String(v)}`)];
  return callActivity("updateTicket", { ticketId: ticketId(s), changes, idempotencyKey: idempotencyKey(s, node) }, "updated", {
    note: { decision: "set", reason: `Set ${said.filter(Boolean).join(", ") || "nothing"}` },
  });
}

export function enterTag(node: PlanNodeOf<"tag">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  const { add, remove } = node.config;
  const tags = new Set(s.ticket!.tags);
  for (const t of add) tags.add(t);
  for (const t of remove) tags.delete(t);
  s.ticket!.tags = [...tags];
  const said = [add.length > 0 ? `+${add.join(" +")}` : "", remove.length > 0 ? `-${remove.join(" -")}` : ""].filter(Boolean).join(" ");
  return callActivity("updateTicket", { ticketId: ticketId(s), changes: { addTags: add, removeTags: remove }, idempotencyKey: idempotencyKey(s, node) }, "updated", {
    note: { decision: "tag", reason: `Tags ${said || "unchanged"}` },
  });
}

export function enterResolve(node: PlanNodeOf<"resolve">, ctx: StepContext, plan: FlowPlan): StepOutcome {
  const s = ctx.state;
  const message = node.config.message !== undefined ? renderTemplate(node.config.message, s, plan) : null;
  return callActivity("resolveTicket", { ticketId: ticketId(s), message, idempotencyKey: idempotencyKey(s, node) }, "resolved", {
    note: { decision: "resolve", reason: message !== null ? `Resolving with a closing message` : "Resolving" },
  });
}

export function resumeResolve(ctx: StepContext, outcome: ActivityOutcome): StepOutcome {
  if (!outcome.ok) return resumeEffect("resolve", outcome);
  const t = ctx.state.ticket!;
  t.status = "solved";
  t.resolvedAt ??= ctx.state.now;
  ctx.state.actions.resolved = true;
  return { kind: "go", handle: "next", decision: "resolved", reason: "Ticket resolved" };
}

export function enterCsatSurvey(node: PlanNodeOf<"csat-survey">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  return callActivity("sendCsatSurvey", { ticketId: ticketId(s), question: node.config.question, idempotencyKey: idempotencyKey(s, node) }, "surveyed", {
    note: { decision: "survey", reason: "Asking the customer to rate the help" },
  });
}
