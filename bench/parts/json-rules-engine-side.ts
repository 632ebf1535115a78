import { Almanac, Engine, type ConditionProperties } from "json-rules-engine";
import type { HistoricalTicket } from "../../workflows/interpret/replay/types";
import { phraseMatcher } from "../../workflows/interpret/text";
import { ROUTING_RULES, type Leaf } from "./routing-rules";

/**
 * The bench's routing rules for json-rules-engine, in two set-ups:
 * - "ticket": the engine gets the ticket as it is, the same object the flow starts from, and reads nested
 *   fields the way its documentation shows (a `path` into the `ticket` fact); "ticket.text" is a derived fact.
 * - "flat": the engine gets facts already extracted (and subject and body already joined) before the timing
 *   starts, work the flow side does inside it. The fastest set-up found for the engine.
 * `noOpWords`: the keyword operator answers false without looking, which leaves the engine's own cost per ticket.
 */
export type EngineInput = "ticket" | "flat";

export function rulesEngine(input: EngineInput, options: { noOpWords?: boolean } = {}): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  // The flow's own word matching, compiled once per keyword list: both sides decide alike, and the
  // comparison measures the engines, not two ways of finding words. Keyed by content, because the
  // engine hands the operator a fresh copy of the condition's values on every run.
  const matchers = new Map<string, (text: string) => boolean>();
  engine.addOperator("containsAnyWord", (fact: unknown, words: string[]) => {
    if (options.noOpWords === true || typeof fact !== "string") return false;
    const key = words.join("\n");
    let match = matchers.get(key);
    if (match === undefined) matchers.set(key, (match = phraseMatcher(words)));
    return match(fact);
  });
  if (input === "ticket") {
    engine.addFact("text", async (_params: unknown, almanac: Almanac) => {
      const t = (await almanac.factValue("ticket")) as HistoricalTicket["snapshot"];
      return `${t.subject}\n${t.body}`;
    });
  }
  for (const r of ROUTING_RULES) {
    engine.addRule({ name: r.name, conditions: { all: r.all.map((leaf) => engineCondition(leaf, input)) }, event: { type: r.name } });
  }
  return engine;
}

/** What one run of the engine is given for a ticket. The flat facts are meant to be built before timing. */
export function engineFacts(t: HistoricalTicket, input: EngineInput): Record<string, unknown> {
  const s = t.snapshot;
  if (input === "ticket") return { ticket: s };
  return {
    subject: s.subject,
    body: s.body,
    text: `${s.subject}\n${s.body}`,
    channel: s.channel,
    priority: s.priority,
    plan: s.customer.plan,
    contactsLast24h: s.customer.contactsLast24h,
    enterprise: s.customer.enterprise,
    tags: s.tags,
  };
}

function engineCondition(leaf: Leaf, input: EngineInput): ConditionProperties {
  const where = input === "ticket" && leaf.path !== undefined ? { fact: "ticket", path: leaf.path } : { fact: leaf.fact };
  switch (leaf.op) {
    case "words":
      return { ...where, operator: "containsAnyWord", value: leaf.values };
    case "equals":
      return { ...where, operator: "equal", value: leaf.value };
    case "in":
      return { ...where, operator: "in", value: leaf.values };
    case "gt":
      return { ...where, operator: "greaterThan", value: leaf.value };
    case "bool":
      return { ...where, operator: "equal", value: leaf.value };
    case "tag":
      return { ...where, operator: "contains", value: leaf.value };
  }
}
