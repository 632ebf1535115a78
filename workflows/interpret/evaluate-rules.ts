import { FIELDS, type FieldName } from "../model/fields";
import { assertNever } from "../model/handles";
import type { FlowPlan } from "../model/plan";
import type { TRule, TRuleGroup } from "../model/rules";
import { describeRule } from "./describe-rule";
import { readField, type FieldValue } from "./read-field";
import { containsPhrase, normalizeWords, regexFor } from "./text";
import type { RunState } from "./types";

/**
 * One leaf that was evaluated: the rule in words, the value it saw, and whether it held. `negated` is set
 * inside an odd number of NOT groups, where a leaf that does not hold is what lets the condition pass.
 */
export interface LeafVerdict {
  rule: string;
  actual: FieldValue;
  matched: boolean;
  negated?: true;
}

/**
 * Evaluates a rule group with short-circuiting (ANY stops at the first match, ALL at the first miss),
 * recording each leaf it looked at so the trace can say exactly which condition decided.
 */
export function evaluateGroup(group: TRuleGroup, state: RunState, plan: FlowPlan, seen: LeafVerdict[], negated = false): boolean {
  switch (group.match) {
    case "all":
      return group.rules.every((r) => evaluateNode(r, state, plan, seen, negated));
    case "any":
      return group.rules.some((r) => evaluateNode(r, state, plan, seen, negated));
    case "not":
      return !group.rules.some((r) => evaluateNode(r, state, plan, seen, !negated));
    default:
      return assertNever(group.match);
  }
}

function evaluateNode(node: TRule | TRuleGroup, state: RunState, plan: FlowPlan, seen: LeafVerdict[], negated: boolean): boolean {
  if (node.kind === "group") return evaluateGroup(node, state, plan, seen, negated);
  const actual = readField(node.field as FieldName, state, plan);
  const matched = testRule(node, actual, FIELDS[node.field as FieldName]?.type === "list");
  seen.push({ rule: describedRule(node), actual, matched, ...(negated ? { negated: true as const } : {}) });
  return matched;
}

/** Rules belong to the plan, which outlives any one ticket: describe each once. */
const descriptions = new WeakMap<TRule, string>();
function describedRule(rule: TRule): string {
  let text = descriptions.get(rule);
  if (text === undefined) {
    text = describeRule(rule);
    descriptions.set(rule, text);
  }
  return text;
}

function testRule(rule: TRule, actual: FieldValue, isList: boolean): boolean {
  switch (rule.op) {
    case "contains_any":
      return containsAny(actual, rule.values, isList);
    case "contains_none":
      return !containsAny(actual, rule.values, isList);
    case "matches_regex":
      return typeof actual === "string" && regexFor(rule.pattern).test(actual);
    case "equals":
      return sameValue(actual, rule.value);
    case "not_equals":
      return actual !== null && !sameValue(actual, rule.value);
    case "in":
      return rule.values.some((v) => sameValue(actual, v));
    case "not_in":
      return actual !== null && !rule.values.some((v) => sameValue(actual, v));
    case "gt":
      return typeof actual === "number" && actual > rule.value;
    case "gte":
      return typeof actual === "number" && actual >= rule.value;
    case "lt":
      return typeof actual === "number" && actual < rule.value;
    case "lte":
      return typeof actual === "number" && actual <= rule.value;
    case "between":
      return typeof actual === "number" && actual >= rule.min && actual <= rule.max;
    case "is_true":
      return actual === true;
    case "is_false":
      return actual === false;
    case "is_empty":
      return isEmpty(actual);
    case "is_not_empty":
      return !isEmpty(actual);
    default:
      return assertNever(rule);
  }
}

function containsAny(actual: FieldValue, words: readonly string[], isList: boolean): boolean {
  if (actual === null) return false;
  if (isList && Array.isArray(actual)) {
    return words.some((w) => actual.some((item) => item.toLowerCase() === w.toLowerCase()));
  }
  if (typeof actual !== "string") return false;
  const text = normalizeWords(actual);
  return words.some((w) => containsPhrase(text, w));
}

/** Text compares case-insensitively and trimmed; numbers and booleans exactly. */
function sameValue(actual: FieldValue, expected: string | number | boolean): boolean {
  if (actual === null || Array.isArray(actual)) return false;
  if (typeof actual === "string" && typeof expected === "string") {
    return actual.trim().toLowerCase() === expected.trim().toLowerCase();
  }
  return actual === expected;
}

function isEmpty(actual: FieldValue): boolean {
  if (actual === null) return true;
  if (typeof actual === "string") return actual.trim().length === 0;
  if (Array.isArray(actual)) return actual.length === 0;
  return false;
}
