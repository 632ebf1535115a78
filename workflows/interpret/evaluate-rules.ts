import { FIELDS, type FieldName } from "../model/fields";
import { assertNever } from "../model/assert-never";
import type { FlowPlan } from "../model/plan";
import type { TRule, TRuleGroup } from "../model/rules";
import { describeRule } from "./describe-rule";
import { fieldReader, type FieldValue } from "./read-field";
import { phraseMatcher, regexFor } from "./text";
import type { UserRegex } from "./user-regex";
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

type Check = (state: RunState, plan: FlowPlan, seen: LeafVerdict[], negated: boolean) => boolean;

/**
 * Evaluates a rule group with short-circuiting (ANY stops at the first match, ALL at the first miss),
 * recording each leaf it looked at so the trace can say exactly which condition decided.
 */
export function evaluateGroup(group: TRuleGroup, state: RunState, plan: FlowPlan, seen: LeafVerdict[], negated = false): boolean {
  return compiledGroup(group)(state, plan, seen, negated);
}

/**
 * Rule groups belong to the plan, which outlives any one ticket: each is compiled once into closures
 * (field reader, normalised words and values, description) and cached by the group object, which is
 * never mutated. A backtest evaluates the same groups for every ticket.
 */
const compiled = new WeakMap<TRuleGroup, Check>();

function compiledGroup(group: TRuleGroup): Check {
  let check = compiled.get(group);
  if (check === undefined) {
    check = compileGroup(group);
    compiled.set(group, check);
  }
  return check;
}

function compileGroup(group: TRuleGroup): Check {
  const children = group.rules.map((r) => (r.kind === "group" ? compileGroup(r) : compileLeaf(r)));
  switch (group.match) {
    case "all":
      return (state, plan, seen, negated) => {
        for (const child of children) if (!child(state, plan, seen, negated)) return false;
        return true;
      };
    case "any":
      return (state, plan, seen, negated) => anyHolds(children, state, plan, seen, negated);
    case "not":
      return (state, plan, seen, negated) => !anyHolds(children, state, plan, seen, !negated);
    default:
      return assertNever(group.match);
  }
}

function anyHolds(children: readonly Check[], state: RunState, plan: FlowPlan, seen: LeafVerdict[], negated: boolean): boolean {
  for (const child of children) if (child(state, plan, seen, negated)) return true;
  return false;
}

function compileLeaf(rule: TRule): Check {
  const read = fieldReader(rule.field as FieldName);
  const test = compileTest(rule, FIELDS[rule.field as FieldName]?.type === "list");
  let text: string | undefined;
  return (state, plan, seen, negated) => {
    const actual = read(state, plan);
    const matched = test(actual);
    text ??= describeRule(rule);
    seen.push(negated ? { rule: text, actual, matched, negated: true } : { rule: text, actual, matched });
    return matched;
  };
}

type Test = (actual: FieldValue) => boolean;

function compileTest(rule: TRule, isList: boolean): Test {
  switch (rule.op) {
    case "contains_any":
      return containsAny(rule.values, isList);
    case "contains_none": {
      const any = containsAny(rule.values, isList);
      return (actual) => !any(actual);
    }
    case "matches_regex": {
      let re: UserRegex | undefined;
      return (actual) => typeof actual === "string" && (re ??= regexFor(rule.pattern)).test(actual);
    }
    case "equals":
      return sameAs(rule.value);
    case "not_equals": {
      const same = sameAs(rule.value);
      return (actual) => actual !== null && !same(actual);
    }
    case "in":
      return oneOf(rule.values);
    case "not_in": {
      const within = oneOf(rule.values);
      return (actual) => actual !== null && !within(actual);
    }
    case "gt": {
      const v = rule.value;
      return (actual) => typeof actual === "number" && actual > v;
    }
    case "gte": {
      const v = rule.value;
      return (actual) => typeof actual === "number" && actual >= v;
    }
    case "lt": {
      const v = rule.value;
      return (actual) => typeof actual === "number" && actual < v;
    }
    case "lte": {
      const v = rule.value;
      return (actual) => typeof actual === "number" && actual <= v;
    }
    case "between": {
      const { min, max } = rule;
      return (actual) => typeof actual === "number" && actual >= min && actual <= max;
    }
    case "is_true":
      return (actual) => actual === true;
    case "is_false":
      return (actual) => actual === false;
    case "is_empty":
      return isEmpty;
    case "is_not_empty":
      return (actual) => !isEmpty(actual);
    default:
      return assertNever(rule);
  }
}

/** Lists (tags) match an item case-insensitively; text matches whole words or phrases (see text.ts). */
function containsAny(words: readonly string[], isList: boolean): Test {
  const lowered = words.map((w) => w.toLowerCase());
  const inText = phraseMatcher(words);
  return (actual) => {
    if (actual === null) return false;
    if (isList && Array.isArray(actual)) return actual.some((item) => lowered.includes(item.toLowerCase()));
    return typeof actual === "string" && inText(actual);
  };
}

/** Text compares case-insensitively and trimmed; numbers and booleans exactly. */
function sameAs(expected: string | number | boolean): Test {
  if (typeof expected !== "string") return (actual) => actual === expected;
  const want = comparable(expected);
  return (actual) => typeof actual === "string" && comparable(actual) === want;
}

function oneOf(values: ReadonlyArray<string | number>): Test {
  const texts = new Set(values.filter((v) => typeof v === "string").map(comparable));
  const numbers = values.filter((v) => typeof v === "number");
  return (actual) => (typeof actual === "string" ? texts.has(comparable(actual)) : numbers.some((n) => n === actual));
}

function comparable(text: string): string {
  return text.trim().toLowerCase();
}

function isEmpty(actual: FieldValue): boolean {
  if (actual === null) return true;
  if (typeof actual === "string") return actual.trim().length === 0;
  if (Array.isArray(actual)) return actual.length === 0;
  return false;
}
