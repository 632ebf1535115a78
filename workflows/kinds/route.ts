import { z } from "zod";
import type { ActivityResult } from "../interpret/activities";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import type { KindDef } from "./kind-def";
import { resumeEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { checkQueue } from "./shared/queue-check";
import { label } from "./shared/schema-parts";

/** Places the ticket in a human queue; the strategy picks the agent. */
export const ZRouteDataSchema = z.object({
  label,
  queue: z.string().min(1, "Pick a queue"),
  strategy: z.enum(["round-robin", "least-loaded", "skills"]).default("round-robin"),
  skills: z.array(z.string()).default([]),
});

export const route: KindDef<"route"> = {
  title: "Route",
  schema: ZRouteDataSchema,
  outputs: linearOutputs,
  check: (node, data, options) => checkQueue(node, data.queue, options),
  defaultLabel: (data) => `Route to ${data.queue}`,
  enter(node, ctx) {
    const state = ctx.state;
    const { queue, strategy, skills } = node.config;
    return callActivity("routeTicket", { ticketId: ticketId(state), queue, strategy, skills, idempotencyKey: idempotencyKey(state, node) }, "routed", {
      note: { decision: queue, reason: `Routing to ${queue} (${strategy}${skills.length > 0 ? `, skills ${skills.join(", ")}` : ""})` },
    });
  },
  resume(node, ctx, _phase, outcome) {
    if (!outcome.ok) return resumeEffect(node.config.queue, outcome);
    const result = outcome.value as ActivityResult<"routeTicket">;
    ctx.state.ticket!.queue = result.queue;
    ctx.state.actions.routedTo = result.queue;
    // Who got the ticket depends on the agents' live load, which a backtest cannot know: the assignee is a
    // detail of the live trace, never part of the decision or its reason, so both drivers decide alike.
    return { kind: "go", handle: "next", decision: result.queue, reason: `In ${result.queue}`, ...(result.assignee ? { details: { assignee: result.assignee } } : {}) };
  },
};
