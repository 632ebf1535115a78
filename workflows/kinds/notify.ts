import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import { renderTemplate } from "../interpret/template";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Posts a message (a template over the ticket's fields) to a Slack channel. */
export const ZNotifyDataSchema = z.object({ label, channel: z.string().min(1, "Pick a Slack channel"), message: z.string().min(1, "Write the message") });

export const notify: KindDef<"notify"> = {
  title: "Notify",
  schema: ZNotifyDataSchema,
  outputs: linearOutputs,
  defaultLabel: (data) => `Notify ${data.channel}`,
  enter(node, ctx, plan) {
    const state = ctx.state;
    const text = renderTemplate(node.config.message, state, plan);
    return callActivity("notifySlack", { ticketId: ticketId(state), channel: node.config.channel, text, idempotencyKey: idempotencyKey(state, node) }, "notified", {
      note: { decision: node.config.channel, reason: `Slack ${node.config.channel}: ${text}` },
    });
  },
  resume: resumeAfterEffect,
};
