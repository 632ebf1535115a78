import "server-only";
import { z } from "zod";

/**
 * Zendesk business rules (ticket triggers and automations) as the Triggers and Automations APIs return
 * them. Only the parts the importer reads are checked; everything else Zendesk sends (url, position,
 * created_at, raw_title, category_id…) is accepted and ignored, so a response pasted as is parses.
 */

/** Values are usually strings, but ids arrive as numbers and notifications as [recipient, subject, body]. */
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ZZendeskValueSchema = z.union([scalar, z.array(scalar)]);
export type TZendeskValue = z.infer<typeof ZZendeskValueSchema>;

export const ZZendeskConditionSchema = z.object({
  field: z.string().min(1, "Each condition needs a field"),
  operator: z.string().min(1, "Each condition needs an operator"),
  value: ZZendeskValueSchema.optional(),
});
export type TZendeskCondition = z.infer<typeof ZZendeskConditionSchema>;

export const ZZendeskActionSchema = z.object({
  field: z.string().min(1, "Each action needs a field"),
  value: ZZendeskValueSchema.optional(),
});
export type TZendeskAction = z.infer<typeof ZZendeskActionSchema>;

/** Zendesk answers `"any": []` but older exports and hand-written rules leave a list out or send null. */
const conditionList = z.array(ZZendeskConditionSchema).nullish().transform((list) => list ?? []);

export const ZZendeskRuleSchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  title: z.string().default("Imported Zendesk rule"),
  active: z.boolean().default(true),
  conditions: z.object({ all: conditionList, any: conditionList }, { error: "Expected conditions: { all: [...], any: [...] }" }),
  actions: z.array(ZZendeskActionSchema, { error: "Expected actions: [{ field, value }, ...]" }),
});
export type TZendeskRule = z.infer<typeof ZZendeskRuleSchema>;

/** "unknown" when a bare rule is pasted without its `trigger` / `automation` wrapper. */
export type ZendeskRuleSource = "trigger" | "automation" | "unknown";

export interface ZendeskRuleInput {
  source: ZendeskRuleSource;
  rule: TZendeskRule;
}

export interface ZendeskShapeIssue {
  /** Dotted path from the top of the pasted JSON, e.g. "triggers.1.conditions.all.0.field". */
  path: string;
  message: string;
}

export type ZendeskRulesParse = { ok: true; rules: ZendeskRuleInput[] } | { ok: false; issues: ZendeskShapeIssue[] };

const WRAPPERS = [
  { key: "trigger", source: "trigger", list: false },
  { key: "automation", source: "automation", list: false },
  { key: "triggers", source: "trigger", list: true },
  { key: "automations", source: "automation", list: true },
] as const;

/**
 * Accepts every shape people paste: `{ "trigger": {...} }`, `{ "automation": {...} }`, the list forms
 * `{ "triggers": [...] }` / `{ "automations": [...] }`, a bare rule, or a bare array of rules. The
 * wrapper is found by hand rather than with a zod union, because a union's error says only "Invalid
 * input" while this way each problem keeps its full path.
 */
export function parseZendeskRules(json: unknown): ZendeskRulesParse {
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const record = json as Record<string, unknown>;
    for (const w of WRAPPERS) {
      if (!(w.key in record)) continue;
      const body = record[w.key];
      return w.list ? parseList(body, w.source, [w.key]) : parseOne(body, w.source, [w.key]);
    }
    return parseOne(json, "unknown", []);
  }
  if (Array.isArray(json)) return parseList(json, "unknown", []);
  return { ok: false, issues: [{ path: "", message: "Expected a Zendesk trigger or automation object ({ \"trigger\": { title, conditions, actions } }) or a list of them" }] };
}

function parseOne(body: unknown, source: ZendeskRuleSource, at: Array<string | number>): ZendeskRulesParse {
  const parsed = ZZendeskRuleSchema.safeParse(body);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error, at) };
  return { ok: true, rules: [{ source, rule: parsed.data }] };
}

function parseList(body: unknown, source: ZendeskRuleSource, at: Array<string | number>): ZendeskRulesParse {
  const parsed = z.array(ZZendeskRuleSchema, { error: "Expected a list of rules" }).min(1, "The list is empty").safeParse(body);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error, at) };
  return { ok: true, rules: parsed.data.map((rule) => ({ source, rule })) };
}

function issuesOf(error: z.ZodError, at: Array<string | number>): ZendeskShapeIssue[] {
  return error.issues.map((issue) => ({ path: [...at, ...issue.path].map(String).join("."), message: issue.message }));
}
