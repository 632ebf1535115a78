import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Adds and removes ticket tags. */
export const ZTagDataSchema = z.object({ label, add: z.array(z.string().min(1)).default([]), remove: z.array(z.string().min(1)).default([]) });

export const tag: KindDef<"tag"> = {
  title: "Tag",
  schema: ZTagDataSchema,
  outputs: linearOutputs,
  enter(node, ctx) {
    const state = ctx.state;
    const { add, remove } = node.config;
    const tags = new Set(state.ticket!.tags);
    for (const t of add) tags.add(t);
    for (const t of remove) tags.delete(t);
    state.ticket!.tags = [...tags];
    const said = [add.length > 0 ? `+${add.join(" +")}` : "", remove.length > 0 ? `-${remove.join(" -")}` : ""].filter(Boolean).join(" ");
    return callActivity("updateTicket", { ticketId: ticketId(state), changes: { addTags: add, removeTags: remove }, idempotencyKey: idempotencyKey(state, node) }, "updated", {
      note: { decision: "tag", reason: `Tags ${said || "unchanged"}` },
    });
  },
  resume: resumeAfterEffect,
};
