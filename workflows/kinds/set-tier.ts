import { z } from "zod";
import { callActivity, idempotencyKey, ticketId } from "../interpret/step-kit";
import { tierByMap } from "../interpret/tier-by-map";
import type { PlanNodeOf } from "../model/plan";
import type { KindDef } from "./kind-def";
import { resumeAfterEffect } from "./shared/effect";
import { linearOutputs } from "./shared/outputs";
import { label, tier as tierNumber } from "./shared/schema-parts";

/** Sets the ticket's support tier (1 automatable, 2 AI-assisted, 3 human-required). */
export const ZSetTierDataSchema = z.object({
  label,
  /** Decide by the workspace's saved tier map (escalation criteria, then the intent's tier); the settings below apply when none is saved. */
  useTierMap: z.boolean().default(false),
  tier: tierNumber.optional(),
  byIntent: z.record(z.string(), tierNumber).default({}),
  fallbackTier: tierNumber.default(2),
});

export const setTier: KindDef<"set-tier"> = {
  title: "Set tier",
  schema: ZSetTierDataSchema,
  outputs: linearOutputs,
  defaultLabel(data) {
    if (data.useTierMap) return "Set tier by the tier map";
    return data.tier !== undefined ? `Set tier ${data.tier}` : "Set tier by intent";
  },
  /**
   * The tier by the workspace's tier map when the node asks for it and the run has one; otherwise by the
   * node's own settings (a fixed tier, then its intent table, then its fallback).
   */
  enter(node, ctx) {
    const state = ctx.state;
    const intent = state.facts.intent?.label ?? null;
    const map = state.ticket!.tierMap;
    let tier: number;
    let reason: string;
    let details: Record<string, unknown>;
    if (node.config.useTierMap === true && map !== null) {
      const byMap = tierByMap(map, state.ticket!, state.facts);
      tier = byMap.tier;
      reason = byMap.reason;
      details = { tier, intent, tierMapVersion: map.version, source: byMap.source, escalation: byMap.escalation.map((h) => h.criterion) };
    } else {
      const own = tierByNode(node, intent);
      tier = own.tier;
      // Plans compiled before the option existed have no useTierMap: they behave as before.
      reason = node.config.useTierMap === true ? `No tier map saved; ${lowerFirst(own.reason)}` : own.reason;
      details = { tier, intent };
    }
    state.ticket!.tier = tier;
    return callActivity("updateTicket", { ticketId: ticketId(state), changes: { tier }, idempotencyKey: idempotencyKey(state, node) }, "updated", {
      note: { decision: `tier ${tier}`, reason, details },
    });
  },
  resume: resumeAfterEffect,
};

function tierByNode(node: PlanNodeOf<"set-tier">, intent: string | null): { tier: number; reason: string } {
  const mapped = intent !== null ? node.config.byIntent[intent] : undefined;
  const tier = node.config.tier ?? mapped ?? node.config.fallbackTier;
  const reason =
    node.config.tier !== undefined
      ? `Tier ${tier} set by the flow`
      : mapped !== undefined
        ? `Intent ${intent} maps to tier ${tier}`
        : `No tier mapped for intent ${intent ?? "unknown"}; fallback tier ${tier}`;
  return { tier, reason };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
