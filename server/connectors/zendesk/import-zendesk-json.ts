import "server-only";
import { convertTrigger } from "./convert-trigger";
import type { ConvertOptions, ZendeskConversion } from "./conversion-types";
import { parseZendeskRules, type ZendeskShapeIssue } from "./zendesk-trigger-schema";

export type ZendeskImport =
  | { ok: true; conversions: ZendeskConversion[] }
  | { ok: false; problem: "not-json" | "bad-shape"; message: string; issues: ZendeskShapeIssue[] };

/**
 * Pasted or uploaded text → one conversion per rule in it (one for a single trigger, several for a
 * `{ "triggers": [...] }` list). Bad input is answered with where it went wrong: the JSON parser's
 * position, or the path of every field that does not fit the Zendesk shape.
 */
export function importZendeskJson(text: string, options: ConvertOptions = {}): ZendeskImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, problem: "not-json", message, issues: [{ path: "", message }] };
  }
  const parsed = parseZendeskRules(json);
  if (!parsed.ok) {
    const list = parsed.issues.map((i) => `${i.path || "(top level)"}: ${i.message}`).join("; ");
    return { ok: false, problem: "bad-shape", message: `Not a Zendesk trigger or automation: ${list}`, issues: parsed.issues };
  }
  return { ok: true, conversions: parsed.rules.map((r) => convertTrigger(r.rule, r.source, options)) };
}
