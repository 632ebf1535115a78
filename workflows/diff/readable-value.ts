import { FIELDS, isFieldName } from "../model/fields";
import { OPERATOR_LABELS, type TRuleOp } from "../model/rules";
import { keyWords, nameOf } from "./key-words";

/** A value as the editor shows it: field names as labels, operators as words, lists comma-separated. */
export function readableValue(value: unknown, key?: string): string {
  if (value === null) return "none";
  if (typeof value === "string") {
    if (key === "field" && isFieldName(value)) return FIELDS[value].label;
    if (key === "op" && value in OPERATOR_LABELS) return OPERATOR_LABELS[value as TRuleOp];
    if (key === "match") return MATCH_WORDS[value] ?? value;
    return value === "" ? "(empty)" : value;
  }
  if (typeof value === "boolean") return value ? "on" : "off";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.map((v) => readableValue(v, key === "order" ? undefined : key)).join(", ");
  if (typeof value === "object") return readableObject(value as Record<string, unknown>);
  return String(value);
}

const MATCH_WORDS: Record<string, string> = { all: "all of", any: "any of", not: "none of" };

function readableObject(obj: Record<string, unknown>): string {
  if (obj.kind === "rule") {
    const fieldName = typeof obj.field === "string" && isFieldName(obj.field) ? FIELDS[obj.field].label : String(obj.field ?? "?");
    const op = typeof obj.op === "string" && obj.op in OPERATOR_LABELS ? OPERATOR_LABELS[obj.op as TRuleOp] : String(obj.op ?? "");
    const operand = "values" in obj ? readableValue(obj.values) : "value" in obj ? readableValue(obj.value) : "pattern" in obj ? readableValue(obj.pattern) : "min" in obj ? `${String(obj.min)} and ${String(obj.max)}` : "";
    return [fieldName, op, operand].filter((p) => p !== "").join(" ");
  }
  if (obj.kind === "group" && Array.isArray(obj.rules)) return `${MATCH_WORDS[String(obj.match)] ?? "all of"} ${obj.rules.length} ${obj.rules.length === 1 ? "rule" : "rules"}`;
  const name = nameOf(obj);
  if (name !== undefined) return `'${name}'`;
  return Object.entries(obj)
    .filter(([k]) => k !== "id")
    .map(([k, v]) => `${keyWords(k).toLowerCase()}: ${typeof v === "object" && v !== null ? "…" : readableValue(v, k)}`)
    .join("; ");
}
