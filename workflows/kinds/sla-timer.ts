import { z } from "zod";
import { isoOfMs, parseIsoMs } from "../interpret/iso-time";
import type { StepContext } from "../interpret/step-kit";
import type { PlanNodeOf } from "../model/plan";
import type { KindDef } from "./kind-def";
import { checkDuration, checkedMillis } from "./shared/duration-check";
import { formatDurationCached, readableDuration } from "./shared/duration-text";
import { duration, label } from "./shared/schema-parts";

/** Watches a first-response or resolution target, counted from the ticket's creation: met or breached. */
export const ZSlaTimerDataSchema = z.object({ label, target: z.enum(["first-response", "resolution"]), within: duration });

export const slaTimer: KindDef<"sla-timer"> = {
  title: "SLA timer",
  schema: ZSlaTimerDataSchema,
  outputs: () => [
    { id: "met", label: "met", required: true },
    { id: "breached", label: "breached", required: true },
  ],
  check: (node, data) => checkDuration(node, "within", data.within),
  durationMs: (data) => checkedMillis(data.within),
  defaultLabel: (data) => `${data.target === "first-response" ? "First response" : "Resolution"} within ${readableDuration(data.within)}`,
  /**
   * SLA deadlines run from the ticket's creation, not from when the flow reached the node, so a slow
   * classification never buys the team extra time. An already-met or already-breached target decides at once.
   */
  enter(node, ctx) {
    const state = ctx.state;
    const ticket = state.ticket!;
    const within = node.durationMs ?? 0;
    const target = node.config.target === "first-response" ? "first response" : "resolution";
    const deadline = parseIsoMs(ticket.createdAt) + within;
    const details = { target: node.config.target, within: formatDurationCached(within), deadline: isoOfMs(deadline) };
    if (targetMet(node, ctx)) {
      return { kind: "go", handle: "met", decision: "met", reason: `The ${target} already happened within ${formatDurationCached(within)}`, details };
    }
    const remaining = deadline - parseIsoMs(state.now);
    if (remaining <= 0) {
      return { kind: "go", handle: "breached", decision: "breached", reason: `The ${target} deadline (${formatDurationCached(within)} after creation) had already passed`, details };
    }
    return {
      kind: "wait",
      until: node.config.target === "first-response" ? "first-response" : "resolution",
      durationMs: remaining,
      decision: "waiting",
      reason: `SLA: ${target} due within ${formatDurationCached(within)} of creation, ${formatDurationCached(remaining)} left`,
      details,
    };
  },
  wake(node, _ctx, by) {
    const target = node.config.target === "first-response" ? "first response" : "resolution";
    const within = formatDurationCached(node.durationMs ?? 0);
    return by === "event"
      ? { kind: "go", handle: "met", decision: "met", reason: `The ${target} came within ${within}` }
      : { kind: "go", handle: "breached", decision: "breached", reason: `No ${target} within ${within}: SLA breached` };
  },
};

function targetMet(node: PlanNodeOf<"sla-timer">, ctx: StepContext): boolean {
  const ticket = ctx.state.ticket!;
  return node.config.target === "first-response"
    ? ticket.firstResponseAt !== null
    : ticket.resolvedAt !== null || ticket.status === "solved" || ticket.status === "closed";
}
