import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import { renderTemplate } from "../interpret/template";
import type { KindDef } from "./kind-def";
import { resumeEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Solves the ticket, optionally with a closing message: with no human involved, the run counts as automated. */
export const ZResolveDataSchema = z.object({ label, message: z.string().optional() });

export const resolve: KindDef<"resolve"> = {
  title: "Resolve",
  schema: ZResolveDataSchema,
  outputs: linearOutputs,
  enter(node, ctx, plan) {
    const state = ctx.state;
    const message = node.config.message !== undefined ? renderTemplate(node.config.message, state, plan) : null;
    return callActivity("resolveTicket", { ticketId: ticketId(state), message, idempotencyKey: idempotencyKey(state, node) }, "resolved", {
      note: { decision: "resolve", reason: message !== null ? `Resolving with a closing message` : "Resolving" },
    });
  },
  resume(_node, ctx, _phase, outcome) {
    if (!outcome.ok) return resumeEffect("resolve", outcome);
    const ticket = ctx.state.ticket!;
    ticket.status = "solved";
    ticket.resolvedAt ??= ctx.state.now;
    ctx.state.actions.resolved = true;
    return { kind: "go", handle: "next", decision: "resolved", reason: "Ticket resolved" };
  },
};
