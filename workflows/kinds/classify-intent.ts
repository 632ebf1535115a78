import { z } from "zod";
import type { ActivityInputs, ActivityResult } from "../interpret/activities";
import { callActivity, pct, ticketId, ticketText } from "../interpret/step-kit";
import type { PlanNodeOf } from "../model/plan";
import type { KindDef } from "./kind-def";
import { ownThreshold } from "./shared/intent-threshold";
import { next } from "./shared/outputs";
import { NOT_LIKE_ANY_INTENT } from "./shared/unfamiliar";
import { label, threshold, thresholdsByIntent } from "./shared/schema-parts";

/**
 * Asks the intent model what the ticket is about; below the minimum confidence, or when the text is not like any
 * intent the model was trained on, the run takes "unsure".
 */
export const ZClassifyIntentDataSchema = z.object({ label, minConfidence: threshold.default(0), thresholdsByIntent });

export const classifyIntent: KindDef<"classify-intent"> = {
  title: "Classify intent",
  schema: ZClassifyIntentDataSchema,
  outputs: () => [next, { id: "unsure", label: "unsure", required: false }],
  reads: ["classifyIntent"],
  enter(_node, ctx) {
    const input: ActivityInputs["classifyIntent"] = { ticketId: ticketId(ctx.state), text: ticketText(ctx.state) };
    // Only when there is one: a backtest keys cached answers by the whole input, and most tickets have no page.
    const pageUrl = ctx.state.ticket?.pageUrl;
    if (pageUrl) input.pageUrl = pageUrl;
    return callActivity("classifyIntent", input, "classified");
  },
  resume(node, ctx, _phase, outcome) {
    if (!outcome.ok) {
      ctx.state.facts.intent = { label: "unknown", confidence: 0, alternatives: [] };
      return { kind: "go", handle: unsureHandle(node), decision: "unknown", reason: `Classifier failed: ${outcome.error}` };
    }
    const result = outcome.value as ActivityResult<"classifyIntent">;
    ctx.state.facts.intent = { label: result.label, confidence: result.confidence, alternatives: result.alternatives, ...(result.unfamiliar ? { unfamiliar: true } : {}) };
    const own = ownThreshold(node.config.thresholdsByIntent, result.label);
    const min = own ?? node.config.minConfidence;
    const which = own !== undefined ? `minimum for ${result.label}` : "minimum";
    const details = { label: result.label, confidence: result.confidence, minConfidence: min, alternatives: result.alternatives, model: result.model };
    if (result.unfamiliar) {
      const closest = result.alternatives[0];
      return {
        kind: "go",
        handle: unsureHandle(node),
        decision: `unsure: ${result.label}`,
        reason: `The ticket is ${NOT_LIKE_ANY_INTENT}${closest ? ` (closest: ${closest.label} at ${pct(closest.confidence)})` : ""}`,
        details: { ...details, unfamiliar: true },
      };
    }
    if (result.confidence < min) {
      return {
        kind: "go",
        handle: unsureHandle(node),
        decision: `unsure: ${result.label}`,
        reason: `Intent ${result.label} at ${pct(result.confidence)} is below the ${pct(min)} ${which}`,
        details,
      };
    }
    return { kind: "go", handle: "next", decision: result.label, reason: `Intent ${result.label} at ${pct(result.confidence)}${min > 0 ? ` (${which} ${pct(min)})` : ""}`, details };
  },
};

/** Below the minimum the run takes "unsure" when it is wired, and carries on otherwise. */
function unsureHandle(node: PlanNodeOf<"classify-intent">): string {
  return node.next["unsure"] !== undefined ? "unsure" : "next";
}
