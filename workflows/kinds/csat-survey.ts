import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Asks the customer to rate the help they received. */
export const ZCsatSurveyDataSchema = z.object({ label, question: z.string().default("How would you rate the help you received?") });

export const csatSurvey: KindDef<"csat-survey"> = {
  title: "CSAT survey",
  schema: ZCsatSurveyDataSchema,
  outputs: linearOutputs,
  enter(node, ctx) {
    const state = ctx.state;
    return callActivity("sendCsatSurvey", { ticketId: ticketId(state), question: node.config.question, idempotencyKey: idempotencyKey(state, node) }, "surveyed", {
      note: { decision: "survey", reason: "Asking the customer to rate the help" },
    });
  },
  resume: resumeAfterEffect,
};
