import { describe, expect, it } from "vitest";
import { ACTIVITY_NAMES, ACTIVITY_RESULT_SCHEMAS, type ActivityName } from "./activities";
import { fastResult } from "./fast-results";

/**
 * The hand-written checks must give exactly zod's output for every value they accept, and accept nothing
 * zod refuses. Inputs: valid answers of each activity, and each of them broken in the ways providers
 * break them (wrong types, out of range, NaN, extra or missing keys, explicit undefined, null).
 */
const VALID: Record<ActivityName, Record<string, unknown>> = {
  classifyIntent: { label: "card_arrival", confidence: 0.82, alternatives: [{ label: "card_delivery_estimate", confidence: 0.1 }], model: "local-v3" },
  detectSentiment: { label: "negative", score: -0.7, frustrated: true, asksForHuman: false },
  routeTicket: { queue: "cards", assignee: "ann" },
  draftReply: { text: "Here is how", confidence: 0.9, citations: [{ articleId: "kb1", title: "How" }], blockedBy: null, model: "m" },
  lookupData: { source: "orders", status: "found", request: "/orders/1", fields: { state: "shipped", total: 12.5, gift: false, note: null }, error: null, cached: true },
  sendReply: { effectId: "e1", duplicate: false },
  postInternalNote: {},
  escalateTicket: { simulated: true },
  notifySlack: { effectId: "e2", extra: { nested: 1 } },
  updateTicket: { duplicate: true },
  resolveTicket: { effectId: undefined },
  sendCsatSurvey: {},
};
const REPLACEMENTS: unknown[] = [undefined, null, "", "x", 0, 1, -1, 2, 0.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], [{}], [{ label: "a", confidence: 0.2, more: 1 }], [{ articleId: "a", title: "t", x: 1 }], {}, "negative", "angry", "not_found", { state: "x" }, { n: Number.NaN }, { nested: { a: 1 } }];

function variants(valid: Record<string, unknown>): unknown[] {
  const out: unknown[] = [valid, { ...valid, unknown: 1 }, null, "text", 42, [], new Map()];
  for (const key of [...Object.keys(valid), "model", "alternatives", "citations", "blockedBy", "assignee", "effectId", "duplicate", "request", "fields", "error", "cached", "unfamiliar"]) {
    const { [key]: _, ...without } = valid;
    out.push(without);
    for (const r of REPLACEMENTS) out.push({ ...valid, [key]: r });
  }
  return out;
}

describe("fastResult agrees with the activity result schemas", () => {
  it.each(ACTIVITY_NAMES)("%s", (name) => {
    let accepted = 0;
    for (const value of variants(VALID[name])) {
      const parsed = ACTIVITY_RESULT_SCHEMAS[name].safeParse(value);
      const fast = fastResult(name, value);
      if (fast === undefined) continue; // zod decides
      expect(parsed.success, JSON.stringify(value)).toBe(true);
      expect(fast).toStrictEqual(parsed.data);
      expect(Object.keys(fast as object)).toEqual(Object.keys(parsed.data as object));
      accepted++;
    }
    // The fast path must carry the common case, or it is not worth having.
    expect(fastResult(name, VALID[name])).toBeDefined();
    expect(accepted).toBeGreaterThan(5);
  });
});
