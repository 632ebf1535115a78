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
  enter: (_node, ctx) => callActivity("detectSentiment", { ticketId: ticketId(ctx.state), text: ticketText(ctx.state) }, "detected"),
  resume(_node, ctx, _phase, outcome) {
    if (!outcome.ok) return { kind: "go", handle: "next", decision: "unknown", reason: `Sentiment detection failed: ${outcome.error}` };
    const r = outcome.value as ActivityResult<"detectSentiment">;
    ctx.state.facts.sentiment = { label: r.label, score: r.score, frustrated: r.frustrated };
    ctx.state.facts.asksForHuman = r.asksForHuman;
    // Spelled out rather than filtered and joined: every ticket a backtest replays may pass here.
    const cues = r.frustrated ? (r.asksForHuman ? "; frustrated, asks for a human" : "; frustrated") : r.asksForHuman ? "; asks for a human" : "";
    return {
      kind: "go",
      handle: "next",
      decision: r.label,
      reason: `Sentiment ${r.label} (score ${r.score.toFixed(2)})${cues}`,
      details: r,
    };
  },
};
