import { compileError, quote, type CompileNode } from "../../compile/context";
import { assertNever } from "../../model/assert-never";
import { formatDuration, parseDuration } from "../../model/duration";
import { MAX_DURATION_MS, MIN_DURATION_MS } from "../../model/limits";
import type { CompileError } from "../../model/plan";

/** A wait's timeout or an SLA's target must parse to a positive duration. */
export function checkDuration(node: CompileNode, field: "timeout" | "within", text: string): CompileError[] {
  const parsed = parseDuration(text);
  const what = field === "timeout" ? "the timeout" : "the SLA target";
  if (parsed.ok) return outOfRange(node, field, what, text, parsed.ms);
  switch (parsed.reason) {
    case "negative":
      return [compileError({ code: "negative-duration", message: `${node.name}: ${what} ${quote(text)} is negative; use a positive duration such as 30m, 4h or 2d`, nodeId: node.id, field })];
    case "zero":
      return [compileError({ code: "bad-duration", message: `${node.name}: ${what} ${quote(text)} is zero; use a duration longer than zero, such as 30m`, nodeId: node.id, field })];
    case "malformed":
      return [compileError({ code: "bad-duration", message: `${node.name}: ${what} ${quote(text)} is not a duration; write it like 90s, 30m, 4h, 2d or 1h30m`, nodeId: node.id, field })];
    default:
      return assertNever(parsed.reason);
  }
}

/**
 * A timer shorter than a second is noise (and a loop through it would spin), one longer than a year a typo;
 * both are refused here so the plan never carries them.
 */
function outOfRange(node: CompileNode, field: "timeout" | "within", what: string, text: string, ms: number): CompileError[] {
  if (ms < MIN_DURATION_MS) {
    const message = `${node.name}: ${what} ${quote(text)} is shorter than ${formatDuration(MIN_DURATION_MS)}; use at least ${formatDuration(MIN_DURATION_MS)}, such as 30s or 5m`;
    return [compileError({ code: "bad-duration", message, nodeId: node.id, field })];
  }
  if (!(ms <= MAX_DURATION_MS)) {
    const message = `${node.name}: ${what} ${quote(text)} is longer than ${formatDuration(MAX_DURATION_MS)}; use at most ${formatDuration(MAX_DURATION_MS)}`;
    return [compileError({ code: "bad-duration", message, nodeId: node.id, field })];
  }
  return [];
}

/** A duration `checkDuration` accepted, in milliseconds, for the plan. */
export function checkedMillis(text: string): number {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(`buildPlan: duration ${JSON.stringify(text)} was not checked`);
  return parsed.ms;
}
