import { z } from "zod";
import { checkRuleTree } from "../compile/check-rules";
import { quote } from "../compile/context";
import { evaluateGroup, type LeafVerdict } from "../interpret/evaluate-rules";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import { PRIORITIES } from "../model/fields";
import { ZRuleGroupSchema } from "../model/rules";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label } from "./shared/schema-parts";

/** Priority as a score: boosts whose rules hold add (or take away) points from the ticket's current priority. */
export const ZScorePriorityDataSchema = z.object({
  label,
  boosts: z
    .array(z.object({ id: z.string().min(1), label: z.string().min(1), rules: ZRuleGroupSchema, points: z.number().int().min(-3).max(3) }))
    .default([]),
  setTicketPriority: z.boolean().default(true),
});

export const scorePriority: KindDef<"score-priority"> = {
  title: "Score priority",
  schema: ZScorePriorityDataSchema,
  outputs: linearOutputs,
  check: (node, data) => data.boosts.flatMap((b, i) => checkRuleTree(node, b.rules, `boosts.${i}.rules`, `boost ${quote(b.label)}: `)),
  /**
   * The ticket's current priority (low 0 … urgent 3) plus the points of every boost whose rules hold,
   * clamped to the scale. Pure, so backtests need no activity to score.
   */
  enter(node, ctx, plan) {
    const state = ctx.state;
    const base = PRIORITIES.indexOf(state.ticket!.priority);
    let score = base;
    const applied: Array<{ boost: string; points: number }> = [];
    for (const boost of node.config.boosts) {
      const seen: LeafVerdict[] = [];
      if (evaluateGroup(boost.rules, state, plan, seen)) {
        score += boost.points;
        applied.push({ boost: boost.label, points: boost.points });
      }
    }
    const clamped = Math.max(0, Math.min(PRIORITIES.length - 1, score));
    const priority = PRIORITIES[clamped]!;
    state.facts.priorityScore = score;
    const reason =
      applied.length === 0
        ? `No boost applied; priority stays ${priority}`
        : `${applied.map((a) => `${a.boost} (${a.points > 0 ? "+" : ""}${a.points})`).join(", ")}: score ${score} → ${priority}`;
    const details = { base, score, priority, applied };
    if (node.config.setTicketPriority && priority !== state.ticket!.priority) {
      state.ticket!.priority = priority;
      return callActivity("updateTicket", { ticketId: ticketId(state), changes: { priority }, idempotencyKey: idempotencyKey(state, node) }, "updated", {
        note: { decision: priority, reason, details },
      });
    }
    return { kind: "go", handle: "next", decision: priority, reason, details };
  },
  resume: resumeAfterEffect,
};
