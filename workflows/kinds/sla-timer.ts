import { z } from "zod";
import { addBusinessTime } from "../interpret/business-hours";
import { businessCalendarOf } from "../interpret/business-hours-calendar";
import { localTimeText } from "../interpret/business-hours-text";
import { isoOfMs, parseIsoMs } from "../interpret/iso-time";
import type { StepContext } from "../interpret/step-kit";
import type { FlowPlan, PlanNodeOf } from "../model/plan";
import type { KindDef } from "./kind-def";
import { checkDuration, checkedMillis } from "./shared/duration-check";
import { formatDurationCached, readableDuration } from "./shared/duration-text";
import { duration, label } from "./shared/schema-parts";

/**
 * Watches a first-response or resolution target, counted from the ticket's creation: met or breached.
 * `businessHours`: count only the workspace's open hours (holidays and closed days do not count).
 */
export const ZSlaTimerDataSchema = z.object({
  label,
  target: z.enum(["first-response", "resolution"]),
  within: duration,
  businessHours: z.boolean().optional(),
});

export const slaTimer: KindDef<"sla-timer"> = {
  title: "SLA timer",
  schema: ZSlaTimerDataSchema,
  outputs: () => [
    { id: "met", label: "met", required: true },
    { id: "breached", label: "breached", required: true },
  ],
  check: (node, data) => checkDuration(node, "within", data.within),
  durationMs: (data) => checkedMillis(data.within),
  defaultLabel: (data) =>
    `${data.target === "first-response" ? "First response" : "Resolution"} within ${readableDuration(data.within)}${data.businessHours === true ? " of business time" : ""}`,
  /**
   * SLA deadlines run from the ticket's creation, not from when the flow reached the node, so a slow
   * classification never buys the team extra time. An already-met or already-breached target decides at once.
   */
  enter(node, ctx, plan) {
    const state = ctx.state;
    const within = node.durationMs ?? 0;
    const target = node.config.target === "first-response" ? "first response" : "resolution";
    const { deadline, details } = deadlineOf(node, ctx, plan);
    const span = spanText(node);
    if (targetMet(node, ctx)) {
      return { kind: "go", handle: "met", decision: "met", reason: `The ${target} already happened within ${span}`, details };
    }
    const remaining = deadline - parseIsoMs(state.now);
    if (remaining <= 0) {
      return { kind: "go", handle: "breached", decision: "breached", reason: `The ${target} deadline (${span} after creation) had already passed`, details };
    }
    return {
      kind: "wait",
      until: node.config.target === "first-response" ? "first-response" : "resolution",
      durationMs: remaining,
      decision: "waiting",
      reason:
        node.config.businessHours === true
          ? `SLA: ${target} due by ${String(details.localDeadline)}, ${span} after creation`
          : `SLA: ${target} due within ${formatDurationCached(within)} of creation, ${formatDurationCached(remaining)} left`,
      details,
    };
  },
  wake(node, _ctx, by) {
    const target = node.config.target === "first-response" ? "first response" : "resolution";
    const within = spanText(node);
    return by === "event"
      ? { kind: "go", handle: "met", decision: "met", reason: `The ${target} came within ${within}` }
      : { kind: "go", handle: "breached", decision: "breached", reason: `No ${target} within ${within}: SLA breached` };
  },
};

/**
 * When the target is due: the creation plus the span, in clock time or, for a business-hours SLA, in the open
 * hours of the run's calendar (a calendar with no open time ahead falls back to clock time).
 */
function deadlineOf(node: PlanNodeOf<"sla-timer">, ctx: StepContext, plan: FlowPlan): { deadline: number; details: Record<string, unknown> } {
  const created = parseIsoMs(ctx.state.ticket!.createdAt);
  const within = node.durationMs ?? 0;
  if (node.config.businessHours !== true) {
    const deadline = created + within;
    return { deadline, details: { target: node.config.target, within: formatDurationCached(within), deadline: isoOfMs(deadline) } };
  }
  const calendar = businessCalendarOf(plan, ctx.state.calendar);
  const deadline = addBusinessTime(created, within, calendar) ?? created + within;
  const details = { target: node.config.target, within: formatDurationCached(within), deadline: isoOfMs(deadline), localDeadline: localTimeText(deadline, calendar), businessHours: true };
  return { deadline, details };
}

/** "4h", or "4h of business time". */
function spanText(node: PlanNodeOf<"sla-timer">): string {
  const within = formatDurationCached(node.durationMs ?? 0);
  return node.config.businessHours === true ? `${within} of business time` : within;
}

function targetMet(node: PlanNodeOf<"sla-timer">, ctx: StepContext): boolean {
  const ticket = ctx.state.ticket!;
  return node.config.target === "first-response"
    ? ticket.firstResponseAt !== null
    : ticket.resolvedAt !== null || ticket.status === "solved" || ticket.status === "closed";
}
