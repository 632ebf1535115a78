import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import { handoffReasons } from "../interpret/handoff-reasons";
import { handoffSummary, renderTemplate } from "../interpret/template";
import { PRIORITIES } from "../model/fields";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { checkQueue } from "./shared/queue-check";
import { label } from "./shared/schema-parts";

/** Hands the ticket to a human with a reason, an optional message to the customer and a context summary. */
export const ZEscalateDataSchema = z.object({
  label,
  reason: z.string().min(1, "Say why the ticket is escalated"),
  queue: z.string().min(1).optional(),
  priority: z.enum(PRIORITIES).optional(),
  customerMessage: z.string().optional(),
});

export const escalate: KindDef<"escalate"> = {
  title: "Escalate",
  schema: ZEscalateDataSchema,
  outputs: linearOutputs,
  check: (node, data, options) => (data.queue === undefined ? [] : checkQueue(node, data.queue, options)),
  defaultLabel: (data) => (data.queue !== undefined ? `Escalate to ${data.queue}` : "Escalate to a human"),
  enter(node, ctx, plan) {
    const state = ctx.state;
    const config = node.config;
    state.actions.escalation = config.reason;
    if (config.queue !== undefined) state.actions.routedTo = config.queue;
    if (config.priority !== undefined) state.ticket!.priority = config.priority;
    const input = {
      ticketId: ticketId(state),
      reason: config.reason,
      queue: config.queue ?? null,
      priority: config.priority ?? null,
      customerMessage: config.customerMessage !== undefined ? renderTemplate(config.customerMessage, state, plan) : null,
      summary: handoffSummary(state),
      held: handoffReasons(state),
      idempotencyKey: idempotencyKey(state, node),
    };
    return callActivity("escalateTicket", input, "escalated", {
      note: { decision: "escalate", reason: config.reason, details: { queue: input.queue, priority: input.priority, summary: input.summary, held: input.held } },
    });
  },
  resume: resumeAfterEffect,
};
