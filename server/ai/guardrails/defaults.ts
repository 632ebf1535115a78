import "server-only";
import type { TGuardrailRule } from "./rule";

/**
 * Starting guardrails for a new workspace (the KB seed inserts them; ops edit them in the studio). Each
 * names a promise only a person may make. Checked against the seeded KB by defaults.test.ts, so none of
 * them blocks an ordinary grounded answer.
 */
export const DEFAULT_GUARDRAILS: ReadonlyArray<Omit<TGuardrailRule, "id" | "enabled">> = [
  {
    rule: "Never promise a refund timeline",
    kind: "phrases",
    patterns: ["refund within", "refunded within", "will be refunded by", "money back within", "refund will arrive by", "refund will be processed within", "refunded in"],
    categories: [],
  },
  {
    rule: "Never confirm a feature without checking the plan",
    kind: "phrases",
    patterns: ["included in your plan", "your plan includes", "included in all plans", "available on all plans", "available on every plan", "is free on your plan"],
    categories: [],
  },
  {
    rule: "Never guarantee the outcome of a fraud or dispute case",
    kind: "regex",
    patterns: ["\\b(?:we|you)(?: will|'ll) (?:definitely |certainly |surely )?(?:get|receive) (?:your |the |all )?(?:money|funds|payment) back\\b", "\\bguarantee(?:d|s)?\\b"],
    categories: ["fraud", "dispute", "card_payment_not_recognised", "compromised_card", "lost_or_stolen_card"],
  },
  {
    rule: "Never ask for a full card number, PIN, CVV or password",
    kind: "regex",
    patterns: ["\\b(?:send|share|give|tell|reply with|provide|type)\\b[^.?!\\n]{0,40}\\b(?:full card number|card number|pin|cvv|cvc|security code|password)\\b"],
    categories: [],
  },
];
