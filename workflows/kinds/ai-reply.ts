import { z } from "zod";
import type { ActivityInputs, ActivityResult } from "../interpret/activities";
import { callActivity, idempotencyKey, pct, ticketId, ticketText } from "../interpret/step-kit";
import type { KindDef } from "./kind-def";
import { draftNotes } from "./shared/draft-notes";
import { ownMode, ownThreshold } from "./shared/intent-threshold";
import { NOT_LIKE_ANY_INTENT } from "./shared/unfamiliar";
import { label, threshold, thresholdsByIntent } from "./shared/schema-parts";

export const ZAiReplyModeSchema = z.enum(["shadow", "assist", "autonomous"]);
export type TAiReplyMode = z.infer<typeof ZAiReplyModeSchema>;

/** A knowledge-grounded reply: drafted, then sent, posted for an agent or only traced, by mode and confidence. */
export const ZAiReplyDataSchema = z.object({
  label,
  threshold,
  thresholdsByIntent,
  mode: ZAiReplyModeSchema.default("shadow"),
  /** Per-intent overrides of the mode: a category proven in shadow review goes autonomous while the rest stay. */
  modesByIntent: z.record(z.string().min(1, "Name the intent"), ZAiReplyModeSchema).default({}),
  maxPassages: z.number().int().min(1).max(10).default(3),
});

export const aiReply: KindDef<"ai-reply"> = {
  title: "AI reply",
  schema: ZAiReplyDataSchema,
  outputs: () => [
    { id: "sent", label: "sent", required: true },
    { id: "handoff", label: "handoff", required: true },
  ],
  defaultLabel: (data) => `AI reply (${data.mode})`,
  enter(node, ctx) {
    const state = ctx.state;
    const input: ActivityInputs["draftReply"] = { ticketId: ticketId(state), text: ticketText(state), intent: state.facts.intent?.label ?? null, maxPassages: node.config.maxPassages };
    // Only when present: a draft's answer is cached by its whole input, and most tickets have neither.
    const pageUrl = state.ticket?.pageUrl;
    if (pageUrl) input.pageUrl = pageUrl;
    const lookups = Object.values(state.facts.lookups ?? {});
    if (lookups.length > 0) input.lookups = lookups;
    return callActivity("draftReply", input, "drafted");
  },
  /** Draft first; send only in autonomous mode, with enough confidence and no guardrail objection. */
  resume(node, ctx, phase, outcome) {
    const state = ctx.state;
    const intent = state.facts.intent?.label ?? null;
    const own = ownThreshold(node.config.thresholdsByIntent, intent);
    const threshold = own ?? node.config.threshold;
    const thresholdName = own !== undefined ? `threshold for ${intent}` : "threshold";
    const ownModeOf = ownMode(node.config.modesByIntent, intent);
    const mode = ownModeOf ?? node.config.mode;
    // "autonomous mode for refund_request": the trace says when an intent's own mode decided, as for thresholds.
    const modeName = ownModeOf !== undefined ? `${mode} mode for ${intent}` : `${mode} mode`;
    if (phase === "sent") {
      if (!outcome.ok) {
        state.actions.aiReply = "handoff";
        return { kind: "go", handle: "handoff", decision: "handoff", reason: `Sending the reply failed: ${outcome.error}` };
      }
      state.actions.aiReply = "sent";
      state.ticket!.firstResponseAt ??= state.now;
      return { kind: "go", handle: "sent", decision: "sent", reason: "Reply sent to the customer" };
    }
    if (phase === "noted") {
      state.actions.aiReply = "assist";
      return { kind: "go", handle: "handoff", decision: "assist", reason: "Draft left for the agent to edit and send" };
    }
    if (!outcome.ok) {
      state.actions.aiReply = "handoff";
      return { kind: "go", handle: "handoff", decision: "handoff", reason: `Drafting failed: ${outcome.error}` };
    }
    const draft = outcome.value as ActivityResult<"draftReply">;
    const notes = draftNotes(draft);
    const details = { confidence: draft.confidence, threshold, mode, citations: draft.citations, blockedBy: draft.blockedBy ?? null, model: draft.model, ...notes.details };
    if (draft.blockedBy) {
      state.actions.aiReply = "blocked";
      return { kind: "go", handle: "handoff", decision: "blocked", reason: `Guardrail "${draft.blockedBy}" blocked the draft${notes.suffix}`, details };
    }
    // Shadow mode keeps the draft itself, above and below the threshold alike, for the shadow review queue: the
    // run's batch moves it into its own table, so only these lines ever carry a reply's text. An empty draft (no
    // article answered) is nothing a reviewer could judge.
    const reviewable = mode === "shadow" && draft.text.trim() !== "" ? { ...details, draft: draft.text, intent } : details;
    // A ticket unlike every trained intent is a new kind of request: however sure the draft sounds, a person answers.
    if (state.facts.intent?.unfamiliar) {
      state.actions.aiReply = "handoff";
      return { kind: "go", handle: "handoff", decision: "handoff", reason: `The ticket is ${NOT_LIKE_ANY_INTENT}; handed to an agent${notes.suffix}`, details: { ...reviewable, unfamiliar: true } };
    }
    if (draft.confidence < threshold) {
      state.actions.aiReply = "handoff";
      return { kind: "go", handle: "handoff", decision: "handoff", reason: `Confidence ${pct(draft.confidence)} is below the ${pct(threshold)} ${thresholdName}${notes.suffix}`, details: reviewable };
    }
    // Even at a threshold of zero, an empty draft is never sent or offered: the customer would get a blank message.
    if (draft.text.trim() === "") {
      state.actions.aiReply = "handoff";
      return { kind: "go", handle: "handoff", decision: "handoff", reason: `No article answered the ticket, so there is nothing to send; handed to an agent${notes.suffix}`, details: reviewable };
    }
    const confident = `Confidence ${pct(draft.confidence)} ≥ ${pct(threshold)}${own !== undefined ? ` (${thresholdName})` : ""}`;
    switch (mode) {
      case "shadow":
        state.actions.aiReply = "shadow";
        return { kind: "go", handle: "handoff", decision: "shadow", reason: `${confident}; ${modeName}: would have sent, handed to an agent${notes.suffix}`, details: reviewable };
      case "assist":
        // The line carries the text and intent as a shadow draft's does: the batch moves them into the draft the
        // agent's composer offers, where what the agent sends is measured against it.
        return callActivity("postInternalNote", { ticketId: ticketId(state), body: draft.text, idempotencyKey: idempotencyKey(state, node) }, "noted", {
          note: { decision: "draft", reason: `${confident}; ${modeName}: posting the draft for the agent${notes.suffix}`, details: { ...details, draft: draft.text, intent } },
        });
      case "autonomous":
        return callActivity(
          "sendReply",
          { ticketId: ticketId(state), body: draft.text, citations: draft.citations, idempotencyKey: idempotencyKey(state, node) },
          "sent",
          { note: { decision: "send", reason: `${confident}; ${modeName}: sending${notes.suffix}`, details } },
        );
    }
  },
};
