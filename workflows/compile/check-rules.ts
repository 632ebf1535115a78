import { FIELDS, OPERATORS_BY_TYPE, isFieldName, type FieldSpec, type FieldType } from "../model/fields";
import { assertNever } from "../model/assert-never";
import type { CompileError, CompileErrorCode } from "../model/plan";
import { OPERATOR_LABELS, type TRule, type TRuleGroup, type TRuleOp } from "../model/rules";
import { compileError, listOf, quote, type CompileNode } from "./context";
import { regexProblem } from "./regex-problem";

const TYPE_WORDS: Record<FieldType, string> = { text: "text", enum: "choice", number: "number", boolean: "yes/no", list: "list" };

/**
 * Checks a rule tree against the field catalogue: what the schema cannot know (which fields exist,
 * which operators suit them, whether a pattern compiles, whether a value can ever match).
 * `where` names the part of the node the tree belongs to, e.g. `case "Cards": `.
 */
export function checkRuleTree(node: CompileNode, root: TRuleGroup, path: string, where = ""): CompileError[] {
  const errors: CompileError[] = [];
  const report = (code: CompileErrorCode, field: string, text: string) =>
    errors.push(compileError({ code, message: `${node.name}: ${where}${text}`, nodeId: node.id, field }));

  const walk = (item: TRule | TRuleGroup, at: string, isRoot: boolean) => {
    if (item.kind === "group") {
      if (item.rules.length === 0) {
        report("empty-rule-group", at, isRoot ? "the rule group is empty; add at least one rule" : `a nested ${item.match.toUpperCase()} group is empty; add a rule to it or remove it`);
      }
      item.rules.forEach((child, i) => walk(child, `${at}.rules.${i}`, false));
      return;
    }
    if (!isFieldName(item.field)) {
      report("unknown-field", `${at}.field`, `a rule tests ${quote(item.field)}, which is not a field the flow knows; pick a field from the list`);
      return;
    }
    const spec: FieldSpec = FIELDS[item.field];
    const allowed: readonly string[] = OPERATORS_BY_TYPE[spec.type];
    if (!allowed.includes(item.op)) {
      const options = allowed.map((op) => quote(OPERATOR_LABELS[op as TRuleOp]));
      report("operator-not-for-field", `${at}.op`, `${quote(spec.label)} is a ${TYPE_WORDS[spec.type]} field, so it cannot use ${quote(OPERATOR_LABELS[item.op])}; use ${listOf(options)}`);
      return;
    }
    checkLeaf(item, spec, at, report);
  };
  walk(root, path, true);
  return errors;
}

type Report = (code: CompileErrorCode, field: string, text: string) => void;

function checkLeaf(rule: TRule, spec: FieldSpec, at: string, report: Report): void {
  switch (rule.op) {
    case "matches_regex": {
      const problem = regexProblem(rule.pattern);
      if (problem !== undefined) report("bad-regex", `${at}.pattern`, `the pattern ${quote(rule.pattern)} for ${quote(spec.label)} is not a valid regular expression: ${problem}`);
      return;
    }
    case "between":
      if (rule.min > rule.max) report("bad-range", `${at}.min`, `${quote(spec.label)} is between ${rule.min} and ${rule.max}, but the minimum is larger than the maximum, so the rule never holds`);
      return;
    case "equals":
    case "not_equals":
      checkValues([rule.value], spec, `${at}.value`, report);
      return;
    case "in":
    case "not_in":
      checkValues(rule.values, spec, `${at}.values`, report);
      return;
    case "contains_any":
    case "contains_none":
    case "gt":
    case "gte":
    case "lt":
    case "lte":
    case "is_true":
    case "is_false":
    case "is_empty":
    case "is_not_empty":
      return;
    default:
      assertNever(rule);
  }
}

/** The interpreter compares text case-insensitively and numbers exactly, so a value of the wrong kind never matches. */
function checkValues(values: ReadonlyArray<string | number | boolean>, spec: FieldSpec, field: string, report: Report): void {
  if (spec.type === "enum") {
    const known = (spec.values ?? []).map((v) => v.toLowerCase());
    const bad = values.filter((v) => typeof v !== "string" || !known.includes(v.trim().toLowerCase()));
    if (bad.length > 0) {
      const allowed = listOf((spec.values ?? []).map(quote));
      report("invalid-value", field, `${quote(spec.label)} has no value ${listOf(bad.map((v) => JSON.stringify(v)), "or")}; use ${allowed}`);
    }
    return;
  }
  const expected = spec.type === "number" ? "number" : "string";
  const bad = values.filter((v) => typeof v !== expected);
  if (bad.length > 0) {
    const what = spec.type === "number" ? "a number" : "text";
    report("invalid-value", field, `${quote(spec.label)} is ${what}, so ${listOf(bad.map((v) => JSON.stringify(v)))} can never match it`);
  }
}

