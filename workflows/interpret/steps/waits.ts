import { formatDuration as formatDurationOnce } from "../../model/duration";
import type { PlanNodeOf } from "../../model/plan";
import { isoOfMs, parseIsoMs } from "../iso-time";
import type { StepContext, StepOutcome } from "../step-kit";

export function enterWaitFor(node: PlanNodeOf<"wait-for">, _ctx: StepContext): StepOutcome {
  const ms = node.durationMs ?? 0;
  const who = node.config.event === "customer.replied" ? "the customer" : "an agent";
  return { kind: "wait", until: node.config.event, durationMs: ms, decision: "waiting", reason: `Waiting up to ${formatDuration(ms)} for ${who} to reply` };
}

export function wakeWaitFor(_node: PlanNodeOf<"wait-for">, _ctx: StepContext, by: "event" | "timer"): StepOutcome {
  return by === "event"
    ? { kind: "go", handle: "replied", decision: "replied", reason: "Reply arrived before the timeout" }
    : { kind: "go", handle: "timeout", decision: "timeout", reason: "No reply before the timeout" };
}

/**
 * SLA deadlines run from the ticket's creation, not from when the flow reached the node, so a slow
 * classification never buys the team extra time. An already-met or already-breached target decides at once.
 */
export function enterSlaTimer(node: PlanNodeOf<"sla-timer">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  const t = s.ticket!;
  const within = node.durationMs ?? 0;
  const target = node.config.target === "first-response" ? "first response" : "resolution";
  const deadline = parseIsoMs(t.createdAt) + within;
  const details = { target: node.config.target, within: formatDuration(within), deadline: isoOfMs(deadline) };
  if (targetMet(node, ctx)) {
    return { kind: "go", handle: "met", decision: "met", reason: `The ${target} already happened within ${formatDuration(within)}`, details };
  }
  const remaining = deadline - parseIsoMs(s.now);
  if (remaining <= 0) {
    return { kind: "go", handle: "breached", decision: "breached", reason: `The ${target} deadline (${formatDuration(within)} after creation) had already passed`, details };
  }
  return {
    kind: "wait",
    until: node.config.target === "first-response" ? "first-response" : "resolution",
    durationMs: remaining,
    decision: "waiting",
    reason: `SLA: ${target} due within ${formatDuration(within)} of creation, ${formatDuration(remaining)} left`,
    details,
  };
}

export function wakeSlaTimer(node: PlanNodeOf<"sla-timer">, _ctx: StepContext, by: "event" | "timer"): StepOutcome {
  const target = node.config.target === "first-response" ? "first response" : "resolution";
  const within = formatDuration(node.durationMs ?? 0);
  return by === "event"
    ? { kind: "go", handle: "met", decision: "met", reason: `The ${target} came within ${within}` }
    : { kind: "go", handle: "breached", decision: "breached", reason: `No ${target} within ${within}: SLA breached` };
}

function targetMet(node: PlanNodeOf<"sla-timer">, ctx: StepContext): boolean {
  const t = ctx.state.ticket!;
  return node.config.target === "first-response"
    ? t.firstResponseAt !== null
    : t.resolvedAt !== null || t.status === "solved" || t.status === "closed";
}

/**
 * The same few durations are formatted for every ticket a backtest replays (a node's own duration, and
 * the time left, which is that same duration when the node is reached at creation): remembered by value.
 */
const formatted = new Map<number, string>();
function formatDuration(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    text = formatDurationOnce(ms);
    if (formatted.size >= 1024) formatted.clear();
    formatted.set(ms, text);
  }
  return text;
}
