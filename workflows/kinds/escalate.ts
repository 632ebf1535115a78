import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
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
  },
  resume: resumeAfterEffect,
};
