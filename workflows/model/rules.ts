import { z } from "zod";

/**
 * A condition is a tree of rule groups (ALL / ANY / NOT) whose leaves compare one field with a value.
 * Leaves are discriminated on `op`, so each operator carries exactly the value it needs.
 * Field names are plain strings here; the compiler checks them against the field catalogue, so an
 * unknown field is reported with its node instead of failing the whole graph parse.
 */
const base = { kind: z.literal("rule"), id: z.string().optional(), field: z.string().min(1, "Pick a field") };

const words = z.array(z.string().min(1, "Empty word")).min(1, "Add at least one word");

export const ZRuleSchema = z.discriminatedUnion("op", [
  z.object({ ...base, op: z.literal("contains_any"), values: words }),
  z.object({ ...base, op: z.literal("contains_none"), values: words }),
  z.object({ ...base, op: z.literal("matches_regex"), pattern: z.string().min(1, "Enter a pattern") }),
  z.object({ ...base, op: z.literal("equals"), value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ ...base, op: z.literal("not_equals"), value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ ...base, op: z.literal("in"), values: z.array(z.union([z.string(), z.number()])).min(1, "Add at least one value") }),
  z.object({ ...base, op: z.literal("not_in"), values: z.array(z.union([z.string(), z.number()])).min(1, "Add at least one value") }),
  z.object({ ...base, op: z.literal("gt"), value: z.number() }),
  z.object({ ...base, op: z.literal("gte"), value: z.number() }),
  z.object({ ...base, op: z.literal("lt"), value: z.number() }),
  z.object({ ...base, op: z.literal("lte"), value: z.number() }),
  z.object({ ...base, op: z.literal("between"), min: z.number(), max: z.number() }),
  z.object({ ...base, op: z.literal("is_true") }),
  z.object({ ...base, op: z.literal("is_false") }),
  z.object({ ...base, op: z.literal("is_empty") }),
  z.object({ ...base, op: z.literal("is_not_empty") }),
]);
export type TRule = z.infer<typeof ZRuleSchema>;
export type TRuleOp = TRule["op"];

export type TRuleGroup = {
  kind: "group";
  id?: string | undefined;
  /** "not" holds when none of its children hold. */
  match: "all" | "any" | "not";
  rules: Array<TRule | TRuleGroup>;
};

export const ZRuleGroupSchema: z.ZodType<TRuleGroup> = z.lazy(() =>
  z.object({
    kind: z.literal("group"),
    id: z.string().optional(),
    match: z.enum(["all", "any", "not"]),
    rules: z.array(z.union([ZRuleSchema, ZRuleGroupSchema])),
  }),
);

export type TRuleNode = TRule | TRuleGroup;

/** How each operator reads in the rule builder and in compile errors ("Channel is one of …"). */
export const OPERATOR_LABELS: Record<TRuleOp, string> = {
  contains_any: "contains any of",
  contains_none: "contains none of",
  matches_regex: "matches pattern",
  equals: "equals",
  not_equals: "does not equal",
  in: "is one of",
  not_in: "is not one of",
  gt: "is more than",
  gte: "is at least",
  lt: "is less than",
  lte: "is at most",
  between: "is between",
  is_true: "is true",
  is_false: "is false",
  is_empty: "is empty",
  is_not_empty: "is not empty",
};
