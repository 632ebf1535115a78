import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import { PRIORITIES, STATUSES } from "../model/fields";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Sets the ticket's priority, status and custom fields. */
export const ZSetFieldsDataSchema = z.object({
  label,
  priority: z.enum(PRIORITIES).optional(),
  status: z.enum(STATUSES).optional(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});

export const setFields: KindDef<"set-fields"> = {
  title: "Set fields",
  schema: ZSetFieldsDataSchema,
  outputs: linearOutputs,
  enter(node, ctx) {
    const state = ctx.state;
    const { priority, status, fields } = node.config;
    if (priority !== undefined) state.ticket!.priority = priority;
    if (status !== undefined) state.ticket!.status = status;
    const changes = { ...(priority !== undefined ? { priority } : {}), ...(status !== undefined ? { status } : {}), fields };
    const said = [priority && `priority ${priority}`, status && `status ${status}`, ...Object.entries(fields).map(([k, v]) => `${k} = ${String(v)}`)];
    return callActivity("updateTicket", { ticketId: ticketId(state), changes, idempotencyKey: idempotencyKey(state, node) }, "updated", {
      note: { decision: "set", reason: `Set ${said.filter(Boolean).join(", ") || "nothing"}` },
    });
  },
  resume: resumeAfterEffect,
};
