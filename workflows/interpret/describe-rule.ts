import { FIELDS, isFieldName } from "../model/fields";
import { assertNever } from "../model/assert-never";
import type { TRule, TRuleGroup } from "../model/rules";

/** Plain-language rendering of rules, for traces and node summaries ("Sentiment equals negative"). */
export function describeRule(rule: TRule): string {
  const field = isFieldName(rule.field) ? FIELDS[rule.field].label : rule.field;
  const list = (values: ReadonlyArray<string | number>) => values.map((v) => JSON.stringify(v)).join(", ");
  switch (rule.op) {
    case "contains_any":
      return `${field} contains any of ${list(rule.values)}`;
    case "contains_none":
      return `${field} contains none of ${list(rule.values)}`;
    case "matches_regex":
      return `${field} matches /${rule.pattern}/`;
    case "equals":
      return `${field} equals ${JSON.stringify(rule.value)}`;
    case "not_equals":
      return `${field} is not ${JSON.stringify(rule.value)}`;
    case "in":
      return `${field} is one of ${list(rule.values)}`;
    case "not_in":
      return `${field} is none of ${list(rule.values)}`;
    case "gt":
      return `${field} > ${rule.value}`;
    case "gte":
      return `${field} ≥ ${rule.value}`;
    case "lt":
      return `${field} < ${rule.value}`;
    case "lte":
      return `${field} ≤ ${rule.value}`;
    case "between":
      return `${field} between ${rule.min} and ${rule.max}`;
    case "is_true":
      return `${field} is true`;
    case "is_false":
      return `${field} is false`;
    case "is_empty":
      return `${field} is empty`;
    case "is_not_empty":
      return `${field} is not empty`;
    default:
      return assertNever(rule);
  }
}

export function describeGroup(group: TRuleGroup): string {
  const head = group.match === "all" ? "All of" : group.match === "any" ? "Any of" : "None of";
  const parts = group.rules.map((r) => (r.kind === "group" ? `(${describeGroup(r)})` : describeRule(r)));
  return `${head}: ${parts.join("; ")}`;
}
