import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseZendeskRules, type ZendeskRuleInput } from "./zendesk-trigger-schema";

/** Reads a fixture under fixtures/ as text and as parsed rules, failing loudly if it drifts from the schema. */
export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

export function fixtureRules(name: string): ZendeskRuleInput[] {
  const parsed = parseZendeskRules(JSON.parse(fixtureText(name)));
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.rules;
}
