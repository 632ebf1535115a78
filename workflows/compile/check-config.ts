import { parseDuration } from "../model/duration";
import { assertNever } from "../model/handles";
import type { CompileError, CompileOptions } from "../model/plan";
import { compileError, listOf, quote, type CompileGraph, type CompileNode } from "./context";
import { checkRuleTree } from "./check-rules";

/**
 * What each kind's schema cannot check on its own: queues that exist in the workspace, rule trees
 * against the field catalogue, durations that parse, switch cases whose ids name distinct outputs.
 */
export function checkConfig(graph: CompileGraph, options: CompileOptions): CompileError[] {
  return graph.nodes.flatMap((node) => checkNode(node, options));
}

function checkNode(node: CompileNode, options: CompileOptions): CompileError[] {
  const parsed = node.parsed;
  if (parsed === undefined) return [];
  switch (parsed.kind) {
    case "condition":
      return checkRuleTree(node, parsed.data.rules, "rules");
    case "switch":
      return [
        ...checkCaseIds(node, parsed.data.cases),
        ...parsed.data.cases.flatMap((c, i) => checkRuleTree(node, c.rules, `cases.${i}.rules`, `case ${quote(c.label)}: `)),
      ];
    case "score-priority":
      return parsed.data.boosts.flatMap((b, i) => checkRuleTree(node, b.rules, `boosts.${i}.rules`, `boost ${quote(b.label)}: `));
    case "route":
      return checkQueue(node, parsed.data.queue, options);
    case "escalate":
      return parsed.data.queue === undefined ? [] : checkQueue(node, parsed.data.queue, options);
    case "wait-for":
      return checkDuration(node, "timeout", parsed.data.timeout);
    case "sla-timer":
      return checkDuration(node, "within", parsed.data.within);
    case "trigger":
    case "classify-intent":
    case "detect-sentiment":
    case "set-tier":
    case "ai-reply":
    case "notify":
    case "set-fields":
    case "tag":
    case "resolve":
    case "csat-survey":
    case "end":
      return [];
    default:
      return assertNever(parsed);
  }
}

function checkQueue(node: CompileNode, queue: string, options: CompileOptions): CompileError[] {
  const known = options.knownQueues;
  if (known === undefined || known.includes(queue)) return [];
  const near = known.find((q) => q.toLowerCase() === queue.trim().toLowerCase());
  const hint = near !== undefined ? `did you mean ${quote(near)}?` : known.length > 0 ? `pick one of ${listOf(known.map(quote))}` : "create the queue first";
  const message = `${node.name}: there is no queue ${quote(queue)} in this workspace; ${hint}`;
  return [compileError({ code: "unknown-queue", message, nodeId: node.id, field: "queue" })];
}

function checkDuration(node: CompileNode, field: "timeout" | "within", text: string): CompileError[] {
  const parsed = parseDuration(text);
  if (parsed.ok) return [];
  const what = field === "timeout" ? "the timeout" : "the SLA target";
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

/** Case ids name the switch's outputs, so two equal ids (or one called "fallback") would share an output. */
function checkCaseIds(node: CompileNode, cases: ReadonlyArray<{ id: string; label: string }>): CompileError[] {
  const errors: CompileError[] = [];
  const seen = new Map<string, string>();
  cases.forEach((c, i) => {
    const first = seen.get(c.id);
    if (c.id === "fallback") {
      const message = `${node.name}: case ${quote(c.label)} uses the id "fallback", which is reserved for the fallback output; rename it`;
      errors.push(compileError({ code: "duplicate-case-id", message, nodeId: node.id, field: `cases.${i}.id` }));
    } else if (first !== undefined) {
      const message = `${node.name}: cases ${quote(first)} and ${quote(c.label)} share the id ${quote(c.id)}; each case needs its own id because it names an output`;
      errors.push(compileError({ code: "duplicate-case-id", message, nodeId: node.id, field: `cases.${i}.id` }));
    } else {
      seen.set(c.id, c.label);
    }
  });
  return errors;
}
