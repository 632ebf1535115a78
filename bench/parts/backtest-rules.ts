import type { HistoricalTicket } from "../../workflows/interpret/replay/types";
import { initialState } from "../../workflows/interpret/advance";
import { evaluateGroup, type LeafVerdict } from "../../workflows/interpret/evaluate-rules";
import { ticketViewOf } from "../../workflows/interpret/ticket-view";
import type { RunState } from "../../workflows/interpret/types";
import type { FlowPlan } from "../../workflows/model/plan";
import { engineFacts, rulesEngine, type EngineInput } from "./json-rules-engine-side";
import { flowRuleGroups, ROUTING_RULES } from "./routing-rules";

/**
 * Condition checks side by side: the 20 routing rules evaluated by the interpreter's evaluate-rules.ts
 * (verdicts and all) and by json-rules-engine (the library a team would otherwise pick), over the same
 * tickets. The headline gives both the same input, the ticket as stored: the flow builds its run state
 * from it and reads its fields inside the timing, the engine reads them through its `path`s. Beside it,
 * the engine on facts prepared before the timing, and its floor with a keyword operator that does nothing.
 * Every set-up must agree with the flow on every rule's match count, or the comparison is void and the bench fails.
 */
export interface RulesComparison {
  rules: number;
  tickets: number;
  flowTicketsPerSecond: number;
  /** The engine given the ticket (see json-rules-engine-side.ts). */
  jsonRulesEngineTicketsPerSecond: number;
  /** The engine given facts extracted before the timing: its fastest set-up found. */
  jsonRulesEngineFlatFactsTicketsPerSecond: number;
  /** Flat facts and a keyword operator that does nothing: the engine's own cost per ticket, whatever the operator. */
  jsonRulesEngineNoOpOperatorTicketsPerSecond: number;
  speedup: number;
  speedupVsFlatFacts: number;
  matchesPerRule: Record<string, number>;
}

type Counts = Map<string, number>;

export async function compareRuleEngines(tickets: HistoricalTicket[], flowPlan: FlowPlan): Promise<RulesComparison> {
  const groups = flowRuleGroups();
  // Each set-up: one counting pass (which also compiles and warms up), then timed passes for at least a second.
  const flowCounts: Counts = new Map();
  const flowPass = (counts: Counts | null) => {
    for (const t of tickets) {
      const state = stateOf(t);
      for (const g of groups) {
        const seen: LeafVerdict[] = [];
        if (evaluateGroup(g, state, flowPlan, seen) && counts !== null) count(counts, g.id!);
      }
    }
  };
  flowPass(flowCounts);
  const flowTicketsPerSecond = await ticketsPerSecond(tickets.length, async () => flowPass(null));

  const onTicket = await timeEngine(tickets, "ticket", flowCounts);
  const flat = await timeEngine(tickets, "flat", flowCounts);
  const noOp = await timeEngine(tickets, "flat", null);
  return {
    rules: groups.length,
    tickets: tickets.length,
    flowTicketsPerSecond: Math.round(flowTicketsPerSecond),
    jsonRulesEngineTicketsPerSecond: Math.round(onTicket),
    jsonRulesEngineFlatFactsTicketsPerSecond: Math.round(flat),
    jsonRulesEngineNoOpOperatorTicketsPerSecond: Math.round(noOp),
    speedup: ratio(flowTicketsPerSecond, onTicket),
    speedupVsFlatFacts: ratio(flowTicketsPerSecond, flat),
    matchesPerRule: Object.fromEntries(ROUTING_RULES.map(({ name }) => [name, flowCounts.get(name) ?? 0])),
  };
}

/**
 * Tickets/s of json-rules-engine in one set-up. `expected` (the flow's match counts) is checked after
 * the counting pass; null means the keyword operator does nothing, so counts cannot agree and are not checked.
 */
async function timeEngine(tickets: HistoricalTicket[], input: EngineInput, expected: Counts | null): Promise<number> {
  const engine = rulesEngine(input, { noOpWords: expected === null });
  // Flat facts are prepared here, outside the timing; the ticket set-up is handed the stored ticket as is.
  const prepared = input === "flat" ? tickets.map((t) => engineFacts(t, input)) : null;
  const pass = async (counts: Counts | null) => {
    for (let i = 0; i < tickets.length; i++) {
      const { results } = await engine.run(prepared === null ? engineFacts(tickets[i]!, input) : prepared[i]!);
      if (counts !== null) for (const r of results) count(counts, r.name as string);
    }
  };
  const counts: Counts = new Map();
  await pass(counts);
  if (expected !== null) {
    for (const { name } of ROUTING_RULES) {
      if ((expected.get(name) ?? 0) !== (counts.get(name) ?? 0)) {
        throw new Error(`rules bench: "${name}" matched ${expected.get(name) ?? 0} tickets in the flow and ${counts.get(name) ?? 0} in json-rules-engine (${input})`);
      }
    }
  }
  return ticketsPerSecond(tickets.length, () => pass(null));
}

function stateOf(t: HistoricalTicket): RunState {
  return { ...initialState(), status: "running", ticket: ticketViewOf(t.snapshot), now: t.snapshot.createdAt };
}

function count(counts: Counts, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

function ratio(a: number, b: number): number {
  return Math.round((a / b) * 10) / 10;
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
