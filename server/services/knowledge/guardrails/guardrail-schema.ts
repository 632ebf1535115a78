import "server-only";
import { z } from "zod";
import { guardrailPatternProblems, MAX_PATTERN_LENGTH, ZGuardrailKindSchema } from "../../../ai/guardrails/rule";

const list = (max: number) =>
  z
    .array(z.string().trim().max(max))
    .default([])
    .transform((items) => [...new Set(items.filter((i) => i !== ""))]);

/**
 * A negative guardrail as the guardrails page edits it. Every pattern must compile exactly as the checker
 * compiles it (server/ai/guardrails/rule.ts), so a rule that cannot be checked is refused when saved.
 */
export const ZGuardrailInputSchema = z
  .object({
    rule: z.string().trim().min(1, 'Say the rule, e.g. "Never promise a refund timeline"').max(300),
    kind: ZGuardrailKindSchema,
    patterns: list(MAX_PATTERN_LENGTH),
    categories: list(120),
    enabled: z.boolean().default(true),
  })
  .superRefine((g, ctx) => {
    for (const message of guardrailPatternProblems(g)) ctx.addIssue({ code: "custom", path: ["patterns"], message });
  });
export type TGuardrailInput = z.infer<typeof ZGuardrailInputSchema>;
