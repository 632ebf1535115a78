import { Engine, type ConditionProperties, type RuleProperties } from "json-rules-engine";
import type { HistoricalTicket } from "../../server/backtest/types";
import { evaluateGroup, type LeafVerdict } from "../../workflows/interpret/evaluate-rules";
import { initialState } from "../../workflows/interpret/advance";
import { phraseMatcher } from "../../workflows/interpret/text";
import { ticketViewOf } from "../../workflows/interpret/ticket-view";
import type { RunState } from "../../workflows/interpret/types";
import type { FlowPlan } from "../../workflows/model/plan";
import type { TRule, TRuleGroup } from "../../workflows/model/rules";

/**
 * Condition checks side by side: 20 routing rules of keyword lists, enums and numbers, written once as
 * the flow's rule groups (evaluated by the interpreter's evaluate-rules.ts, verdicts and all) and once
 * for json-rules-engine (the library a team would otherwise pick), over the same tickets. Both must
 * agree on every rule's match count, or the comparison is void and the bench fails.
 */
type Leaf = { field: string; fact: string } & (
  | { op: "words"; values: string[] }
  | { op: "equals"; value: string }
  | { op: "in"; values: string[] }
  | { op: "gt"; value: number }
  | { op: "bool"; value: boolean }
  | { op: "tag"; value: string }
);

const subject = { field: "ticket.subject", fact: "subject" };
const body = { field: "ticket.body", fact: "body" };
const text = { field: "ticket.text", fact: "text" };
const channel = { field: "ticket.channel", fact: "channel" };
const priority = { field: "ticket.priority", fact: "priority" };
const plan = { field: "customer.plan", fact: "plan" };
const contacts = { field: "customer.contactsLast24h", fact: "contactsLast24h" };
const enterprise = { field: "customer.enterprise", fact: "enterprise" };

/** name -> all of these leaves (a single leaf for most). */
export const ROUTING_RULES: Array<{ name: string; all: Leaf[] }> = [
  { name: "refund", all: [{ ...subject, op: "words", values: ["refund", "money back", "reimburse", "reimbursement"] }] },
  { name: "fraud", all: [{ ...body, op: "words", values: ["stolen", "fraud", "unauthorised", "unauthorized", "scam", "hacked"] }] },
  { name: "retention", all: [{ ...text, op: "words", values: ["cancel", "close my account", "terminate", "leave"] }] },
  { name: "legal", all: [{ ...body, op: "words", values: ["lawyer", "legal", "court", "ombudsman", "sue"] }] },
  { name: "live-and-hot", all: [{ ...channel, op: "in", values: ["phone", "chat"] }, { ...priority, op: "in", values: ["high", "urgent"] }] },
  { name: "premium", all: [{ ...plan, op: "equals", value: "premium" }] },
  { name: "urgent", all: [{ ...priority, op: "equals", value: "urgent" }] },
  { name: "repeat-contact", all: [{ ...contacts, op: "gt", value: 2 }] },
  { name: "enterprise", all: [{ ...enterprise, op: "bool", value: true }] },
  { name: "cards", all: [{ ...subject, op: "words", values: ["card", "pin", "atm", "contactless", "visa", "mastercard"] }] },
  { name: "transfers", all: [{ ...body, op: "words", values: ["transfer", "top up", "top-up", "sepa", "wire", "beneficiary"] }] },
  { name: "security", all: [{ ...body, op: "words", values: ["password", "passcode", "log in", "login", "locked", "verify"] }] },
  { name: "invoices-by-email", all: [{ ...channel, op: "equals", value: "email" }, { ...body, op: "words", values: ["invoice", "statement", "receipt"] }] },
  { name: "vip-tag", all: [{ field: "ticket.tags", fact: "tags", op: "tag", value: "vip" }] },
  { name: "paying-repeat", all: [{ ...plan, op: "in", values: ["pro", "premium"] }, { ...contacts, op: "gt", value: 1 }] },
  { name: "web-low", all: [{ ...priority, op: "in", values: ["low", "normal"] }, { ...channel, op: "equals", value: "web" }] },
  { name: "app-bugs", all: [{ ...text, op: "words", values: ["app", "crash", "bug", "error", "not working"] }] },
  { name: "asap", all: [{ ...subject, op: "words", values: ["urgent", "asap", "immediately", "now"] }] },
  { name: "standard-fees", all: [{ ...enterprise, op: "bool", value: false }, { ...plan, op: "equals", value: "standard" }, { ...body, op: "words", values: ["fee", "charge", "charged"] }] },
  { name: "exchange", all: [{ ...text, op: "words", values: ["exchange rate", "currency", "euro", "dollar", "pounds"] }] },
];

function flowRule(leaf: Leaf): TRule {
  switch (leaf.op) {
    case "words":
      return { kind: "rule", field: leaf.field, op: "contains_any", values: leaf.values };
    case "equals":
      return { kind: "rule", field: leaf.field, op: "equals", value: leaf.value };
    case "in":
      return { kind: "rule", field: leaf.field, op: "in", values: leaf.values };
    case "gt":
      return { kind: "rule", field: leaf.field, op: "gt", value: leaf.value };
    case "bool":
      return { kind: "rule", field: leaf.field, op: leaf.value ? "is_true" : "is_false" };
    case "tag":
      return { kind: "rule", field: leaf.field, op: "contains_any", values: [leaf.value] };
  }
}

function engineCondition(leaf: Leaf): ConditionProperties {
  switch (leaf.op) {
    case "words":
      return { fact: leaf.fact, operator: "containsAnyWord", value: leaf.values };
    case "equals":
      return { fact: leaf.fact, operator: "equal", value: leaf.value };
    case "in":
      return { fact: leaf.fact, operator: "in", value: leaf.values };
    case "gt":
      return { fact: leaf.fact, operator: "greaterThan", value: leaf.value };
    case "bool":
      return { fact: leaf.fact, operator: "equal", value: leaf.value };
    case "tag":
      return { fact: leaf.fact, operator: "contains", value: leaf.value };
  }
}

export function flowRuleGroups(): TRuleGroup[] {
  return ROUTING_RULES.map((r) => ({ kind: "group", id: r.name, match: "all", rules: r.all.map(flowRule) }));
}

/** `noOpWords`: the keyword operator answers false without looking, which leaves the engine's own cost per ticket. */
export function rulesEngine(options: { noOpWords?: boolean } = {}): Engine {
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
  for (const r of ROUTING_RULES) {
    const rule: RuleProperties = { name: r.name, conditions: { all: r.all.map(engineCondition) }, event: { type: r.name } };
    engine.addRule(rule);
  }
  return engine;
}

function factsOf(t: HistoricalTicket): Record<string, unknown> {
  const s = t.snapshot;
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

function stateOf(t: HistoricalTicket): RunState {
  return { ...initialState(), status: "running", ticket: ticketViewOf(t.snapshot), now: t.snapshot.createdAt };
}

export interface RulesComparison {
  rules: number;
  tickets: number;
  flowTicketsPerSecond: number;
  jsonRulesEngineTicketsPerSecond: number;
  /** The engine with a keyword operator that does nothing: its floor cost, whatever the operator. */
  jsonRulesEngineNoOpOperatorTicketsPerSecond: number;
  speedup: number;
  matchesPerRule: Record<string, number>;
}

/** Runs both over the same tickets; the flow side repeats them until it has run long enough to time. */
export async function compareRuleEngines(tickets: HistoricalTicket[], flowPlan: FlowPlan): Promise<RulesComparison> {
  const groups = flowRuleGroups();
  const states = tickets.map(stateOf);
  const facts = tickets.map(factsOf);
  const engine = rulesEngine();

  // Each side: one counting pass (which also compiles and warms up), then timed passes for at least a second.
  const flowCounts = new Map<string, number>();
  const flowPass = (counts: Map<string, number> | null) => {
    for (const state of states) {
      for (const g of groups) {
        const seen: LeafVerdict[] = [];
        if (evaluateGroup(g, state, flowPlan, seen) && counts !== null) counts.set(g.id!, (counts.get(g.id!) ?? 0) + 1);
      }
    }
  };
  flowPass(flowCounts);
  const flowTicketsPerSecond = await ticketsPerSecond(tickets.length, async () => flowPass(null));

  const engineCounts = new Map<string, number>();
  const enginePass = async (counts: Map<string, number> | null) => {
    for (const f of facts) {
      const { results } = await engine.run(f);
      if (counts !== null) for (const r of results) counts.set(r.name as string, (counts.get(r.name as string) ?? 0) + 1);
    }
  };
  await enginePass(engineCounts);
  const jsonRulesEngineTicketsPerSecond = await ticketsPerSecond(tickets.length, () => enginePass(null));
  const noOp = rulesEngine({ noOpWords: true });
  const noOpPass = async () => {
    for (const f of facts) await noOp.run(f);
  };
  await noOpPass();
  const jsonRulesEngineNoOpOperatorTicketsPerSecond = await ticketsPerSecond(tickets.length, noOpPass);

  for (const { name } of ROUTING_RULES) {
    if ((flowCounts.get(name) ?? 0) !== (engineCounts.get(name) ?? 0)) {
      throw new Error(`rules bench: "${name}" matched ${flowCounts.get(name) ?? 0} tickets in the flow and ${engineCounts.get(name) ?? 0} in json-rules-engine`);
    }
  }
  return {
    rules: groups.length,
    tickets: tickets.length,
    flowTicketsPerSecond: Math.round(flowTicketsPerSecond),
    jsonRulesEngineTicketsPerSecond: Math.round(jsonRulesEngineTicketsPerSecond),
    jsonRulesEngineNoOpOperatorTicketsPerSecond: Math.round(jsonRulesEngineNoOpOperatorTicketsPerSecond),
    speedup: Math.round((flowTicketsPerSecond / jsonRulesEngineTicketsPerSecond) * 10) / 10,
    matchesPerRule: Object.fromEntries(ROUTING_RULES.map(({ name }) => [name, flowCounts.get(name) ?? 0])),
  };
}

async function ticketsPerSecond(ticketsPerPass: number, pass: () => Promise<void>): Promise<number> {
  let passes = 0;
  const started = performance.now();
  while (passes === 0 || performance.now() - started < 1_000) {
    await pass();
    passes++;
  }
  return (ticketsPerPass * passes) / ((performance.now() - started) / 1000);
}
