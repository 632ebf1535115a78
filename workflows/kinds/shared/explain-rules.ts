import type { LeafVerdict } from "../../interpret/evaluate-rules";
import type { FieldValue } from "../../interpret/read-field";

/** The reason a condition or switch case gives: every rule it checked, the value it saw, and whether it spoke. */
export function explain(seen: readonly LeafVerdict[]): string {
  if (seen.length === 0) return "no rules to check";
  // ✓ marks a leaf that speaks for the condition: one that holds, or, under NOT, one that does not.
  // A loop rather than map/join: every condition a backtest replays builds one.
  let out = "";
  for (let i = 0; i < seen.length; i++) {
    const leaf = seen[i]!;
    if (i > 0) out += "; ";
    out += `${leaf.matched !== (leaf.negated === true) ? "✓" : "✗"} ${leaf.negated ? `not: ${leaf.rule}` : leaf.rule} (was ${showValue(leaf.actual)})`;
  }
  return out;
}

function showValue(value: FieldValue): string {
  if (value === null) return "unknown";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `[${value.join(", ")}]`;
  return String(value);
}
