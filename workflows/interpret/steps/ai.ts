import type { PlanNodeOf } from "../../model/plan";
import type { ActivityResult } from "../activities";
import { callActivity, idempotencyKey, pct, ticketId, ticketText, type ActivityOutcome, type StepContext, type StepOutcome } from "../step-kit";

export function enterClassifyIntent(_node: PlanNodeOf<"classify-intent">, ctx: StepContext): StepOutcome {
  return callActivity("classifyIntent", { ticketId: ticketId(ctx.state), text: ticketText(ctx.state) }, "classified");
}

export function resumeClassifyIntent(node: PlanNodeOf<"classify-intent">, ctx: StepContext, outcome: ActivityOutcome): StepOutcome {
  if (!outcome.ok) {
    ctx.state.facts.intent = { label: "unknown", confidence: 0, alternatives: [] };
    return { kind: "go", handle: unsureHandle(node), decision: "unknown", reason: `Classifier failed: ${outcome.error}` };
  }
  const r = outcome.value as ActivityResult<"classifyIntent">;
  ctx.state.facts.intent = { label: r.label, confidence: r.confidence, alternatives: r.alternatives };
  const own = ownThreshold(node.config.thresholdsByIntent, r.label);
  const min = own ?? node.config.minConfidence;
  const which = own !== undefined ? `minimum for ${r.label}` : "minimum";
  const details = { label: r.label, confidence: r.confidence, minConfidence: min, alternatives: r.alternatives, model: r.model };
  if (r.confidence < min) {
    return {
      kind: "go",
      handle: unsureHandle(node),
      decision: `unsure: ${r.label}`,
      reason: `Intent ${r.label} at ${pct(r.confidence)} is below the ${pct(min)} ${which}`,
      details,
    };
  }
  return { kind: "go", handle: "next", decision: r.label, reason: `Intent ${r.label} at ${pct(r.confidence)}${min > 0 ? ` (${which} ${pct(min)})` : ""}`, details };
}

/** The node's threshold for this intent, when ops set one (own property only: intents are data). */
function ownThreshold(byIntent: Record<string, number>, intent: string | null): number | undefined {
  return intent !== null && Object.prototype.hasOwnProperty.call(byIntent, intent) ? byIntent[intent] : undefined;
}

/** Below the minimum the run takes "unsure" when it is wired, and carries on otherwise. */
function unsureHandle(node: PlanNodeOf<"classify-intent">): string {
  return node.next["unsure"] !== undefined ? "unsure" : "next";
}

export function enterDetectSentiment(_node: PlanNodeOf<"detect-sentiment">, ctx: StepContext): StepOutcome {
  return callActivity("detectSentiment", { ticketId: ticketId(ctx.state), text: ticketText(ctx.state) }, "detected");
}

export function resumeDetectSentiment(_node: PlanNodeOf<"detect-sentiment">, ctx: StepContext, outcome: ActivityOutcome): StepOutcome {
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
}

export function enterAiReply(node: PlanNodeOf<"ai-reply">, ctx: StepContext): StepOutcome {
  const s = ctx.state;
  return callActivity(
    "draftReply",
    { ticketId: ticketId(s), text: ticketText(s), intent: s.facts.intent?.label ?? null, maxPassages: node.config.maxPassages },
    "drafted",
  );
}

/** Draft first; send only in autonomous mode, with enough confidence and no guardrail objection. */
export function resumeAiReply(node: PlanNodeOf<"ai-reply">, ctx: StepContext, phase: string, outcome: ActivityOutcome): StepOutcome {
  const s = ctx.state;
  const intent = s.facts.intent?.label ?? null;
  const own = ownThreshold(node.config.thresholdsByIntent, intent);
  const threshold = own ?? node.config.threshold;
  const thresholdName = own !== undefined ? `threshold for ${intent}` : "threshold";
  const { mode } = node.config;
  if (phase === "sent") {
    if (!outcome.ok) {
      s.actions.aiReply = "handoff";
      return { kind: "go", handle: "handoff", decision: "handoff", reason: `Sending the reply failed: ${outcome.error}` };
    }
    s.actions.aiReply = "sent";
    s.ticket!.firstResponseAt ??= s.now;
    return { kind: "go", handle: "sent", decision: "sent", reason: "Reply sent to the customer" };
  }
  if (phase === "noted") {
    s.actions.aiReply = "assist";
    return { kind: "go", handle: "handoff", decision: "assist", reason: "Draft posted as an internal note for the agent" };
  }
  if (!outcome.ok) {
    s.actions.aiReply = "handoff";
    return { kind: "go", handle: "handoff", decision: "handoff", reason: `Drafting failed: ${outcome.error}` };
  }
  const draft = outcome.value as import("../activities").ActivityResult<"draftReply">;
  const details = { confidence: draft.confidence, threshold, mode, citations: draft.citations, blockedBy: draft.blockedBy ?? null, model: draft.model };
  if (draft.blockedBy) {
    s.actions.aiReply = "blocked";
    return { kind: "go", handle: "handoff", decision: "blocked", reason: `Guardrail "${draft.blockedBy}" blocked the draft`, details };
  }
  if (draft.confidence < threshold) {
    s.actions.aiReply = "handoff";
    return { kind: "go", handle: "handoff", decision: "handoff", reason: `Confidence ${pct(draft.confidence)} is below the ${pct(threshold)} ${thresholdName}`, details };
  }
  const confident = `Confidence ${pct(draft.confidence)} ≥ ${pct(threshold)}${own !== undefined ? ` (${thresholdName})` : ""}`;
  switch (mode) {
    case "shadow":
      s.actions.aiReply = "shadow";
      return { kind: "go", handle: "handoff", decision: "shadow", reason: `${confident}; shadow mode: would have sent, handed to an agent`, details };
    case "assist":
      return callActivity("postInternalNote", { ticketId: ticketId(s), body: draft.text, idempotencyKey: idempotencyKey(s, node) }, "noted", {
        note: { decision: "draft", reason: `${confident}; assist mode: posting the draft for the agent`, details },
      });
    case "autonomous":
      return callActivity(
        "sendReply",
        { ticketId: ticketId(s), body: draft.text, citations: draft.citations, idempotencyKey: idempotencyKey(s, node) },
        "sent",
        { note: { decision: "send", reason: `${confident}; autonomous mode: sending`, details } },
      );
  }
}
