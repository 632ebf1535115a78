import "server-only";
import { z } from "zod";
import { ZDraftResultSchema, ZIntentResultSchema, ZSentimentResultSchema } from "../../../workflows/interpret/activities";

/**
 * What the model is asked to answer, derived from the activity result schemas so there is one schema
 * per concept: the same zod schema becomes the strict JSON schema sent as `response_format` and then
 * validates the answer. Only what the model cannot know (the model name) is left out, and free
 * strings are narrowed to the values the call allows (intent labels, passage ids).
 */
export const UNKNOWN_INTENT = "unknown";

export function intentAnswerSchema(labels: readonly string[]) {
  const label = z.enum(uniqueWith(labels, UNKNOWN_INTENT));
  return ZIntentResultSchema.pick({ label: true, confidence: true }).extend({
    alternatives: z.array(z.object({ label, confidence: z.number().min(0).max(1) })).max(3),
    label,
  });
}
export type TIntentAnswer = z.infer<ReturnType<typeof intentAnswerSchema>>;

export const ZSentimentAnswerSchema = ZSentimentResultSchema;

/**
 * Citations are the ids of the passages the draft relies on; an id the call did not give fails validation. With
 * data sources, `usedData` names the sources whose records it relies on, the same way. A call without passages
 * (a draft from data alone) takes any citation and keeps none.
 */
export function draftAnswerSchema(passageIds: readonly string[], sourceNames: readonly string[] = []) {
  const citations = passageIds.length > 0 ? z.array(z.enum(passageIds as [string, ...string[]])) : z.array(z.string());
  const base = ZDraftResultSchema.pick({ text: true, confidence: true }).extend({ citations });
  if (sourceNames.length === 0) return base;
  return base.extend({ usedData: z.array(z.enum(sourceNames as [string, ...string[]])) });
}
export type TDraftAnswer = z.infer<ReturnType<typeof draftAnswerSchema>>;

export const ZSummaryAnswerSchema = z.object({ summary: z.string().min(1).max(1200) });

/**
 * The JSON schema for `response_format: json_schema, strict: true`. zod's output-mode schema already
 * closes every object and requires every property; `$schema` and `default` are dropped because strict
 * mode rejects keywords it does not support.
 */
export function toStrictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return stripUnsupported(z.toJSONSchema(schema, { io: "output", unrepresentable: "throw" })) as Record<string, unknown>;
}

const UNSUPPORTED_KEYWORDS = new Set(["$schema", "default"]);

function stripUnsupported(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripUnsupported);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>)
      .filter(([key]) => !UNSUPPORTED_KEYWORDS.has(key))
      .map(([key, value]) => [key, stripUnsupported(value)]),
  );
}

function uniqueWith(values: readonly string[], extra: string): [string, ...string[]] {
  return [...new Set([...values, extra])] as [string, ...string[]];
}
