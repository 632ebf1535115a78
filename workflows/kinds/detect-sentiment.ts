import { z } from "zod";
import type { ActivityResult } from "../interpret/activities";
import { callActivity, ticketId, ticketText } from "../interpret/step-kit";
import type { KindDef } from "./kind-def";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Asks the sentiment model how the customer feels and whether they ask for a human. */
export const ZDetectSentimentDataSchema = z.object({ label });

export const detectSentiment: KindDef<"detect-sentiment"> = {
  title: "Detect sentiment",
  schema: ZDetectSentimentDataSchema,
  outputs: linearOutputs,
  reads: ["detectSentiment"],
  enter: (_node, ctx) => callActivity("detectSentiment", { ticketId: ticketId(ctx.state), text: ticketText(ctx.state) }, "detected"),
  resume(_node, ctx, _phase, outcome) {
    if (!outcome.ok) return { kind: "go", handle: "next", decision: "unknown", reason: `Sentiment detection failed: ${outcome.error}` };
    const result = outcome.value as ActivityResult<"detectSentiment">;
    ctx.state.facts.sentiment = { label: result.label, score: result.score, frustrated: result.frustrated };
    ctx.state.facts.asksForHuman = result.asksForHuman;
    // Spelled out rather than filtered and joined: every ticket a backtest replays may pass here.
    const cues = result.frustrated ? (result.asksForHuman ? "; frustrated, asks for a human" : "; frustrated") : result.asksForHuman ? "; asks for a human" : "";
    return {
      kind: "go",
      handle: "next",
      decision: result.label,
      reason: `Sentiment ${result.label} (score ${result.score.toFixed(2)})${cues}`,
      details: result,
    };
  },
};
