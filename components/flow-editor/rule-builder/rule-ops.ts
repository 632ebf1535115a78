import { FIELDS, OPERATORS_BY_TYPE, isFieldName, type FieldSpec, type TRule, type TRuleGroup, type TRuleOp } from "@/workflows/model";

/**
 * Pure edits of rule trees for the builder. Changing a rule's field or operator keeps whatever value
 * still fits, so switching "contains any of" to "contains none of" does not lose the word list.
 */

export function specOf(field: string): FieldSpec | undefined {
  return isFieldName(field) ? FIELDS[field] : undefined;
}

export function operatorsFor(field: string): readonly TRuleOp[] {
  const spec = specOf(field);
  return spec ? OPERATORS_BY_TYPE[spec.type] : [];
}

type Loose = Partial<Record<"value" | "values" | "pattern" | "min" | "max", unknown>>;

/** A rule with `op` on `field`, carrying over the previous rule's value where it still makes sense. */
export function makeRule(field: string, op: TRuleOp, prev?: TRule): TRule {
  const old = (prev ?? {}) as Loose;
  const spec = specOf(field);
  const oldValues = Array.isArray(old.values) ? (old.values as Array<string | number>) : [];
  const scalar = typeof old.value === "string" || typeof old.value === "number" || typeof old.value === "boolean" ? old.value : undefined;
  const num = (v: unknown, fallback: number) => (typeof v === "number" ? v : fallback);
  const firstEnum = spec?.values?.[0] ?? "";
  switch (op) {
    case "contains_any":
    case "contains_none":
      return { kind: "rule", field, op, values: oldValues.filter((v): v is string => typeof v === "string") };
    case "in":
    case "not_in":
      return { kind: "rule", field, op, values: oldValues.length > 0 ? oldValues : scalar !== undefined && typeof scalar !== "boolean" ? [scalar] : [] };
    case "matches_regex":
      return { kind: "rule", field, op, pattern: typeof old.pattern === "string" ? old.pattern : "" };
    case "equals":
    case "not_equals": {
      const fallback = spec?.type === "number" ? 0 : spec?.type === "enum" ? firstEnum : "";
      const keep = scalar !== undefined && typeof scalar === typeof fallback;
      return { kind: "rule", field, op, value: keep ? scalar : fallback };
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return { kind: "rule", field, op, value: num(scalar, num(old.min, 0)) };
    case "between":
      return { kind: "rule", field, op, min: num(old.min, num(scalar, 0)), max: num(old.max, 1) };
    case "is_true":
    case "is_false":
    case "is_empty":
    case "is_not_empty":
      return { kind: "rule", field, op };
  }
}

/** Picking a new field keeps the operator when the field's type allows it, else takes its first one. */
export function withField(rule: TRule, field: string): TRule {
  const ops = operatorsFor(field);
  const op = ops.includes(rule.op) ? rule.op : (ops[0] ?? rule.op);
  const sameType = specOf(field)?.type === specOf(rule.field)?.type;
  return makeRule(field, op, sameType ? rule : undefined);
}

export function newRule(): TRule {
  return makeRule("ticket.text", "contains_any");
}

export function newGroup(match: TRuleGroup["match"] = "any"): TRuleGroup {
  return { kind: "group", match, rules: [newRule()] };
}

/** The rules a new condition or switch case starts with: none, so the node asks for them. */
export function emptyGroup(): TRuleGroup {
  return { kind: "group", match: "all", rules: [] };
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
