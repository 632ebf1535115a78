import { EXAMPLES } from "../../workflows/examples";
import { compile } from "../../workflows/compile";
import { replayTicket } from "../../workflows/interpret/replay";
import type { AiActivityName, AiAnswerSource, AiRequest, HistoricalTicket } from "../../workflows/interpret/replay/types";
import type { RunState } from "../../workflows/interpret/types";
import type { FlowPlan } from "../../workflows/model/plan";
import type { TTicketSnapshot } from "../../workflows/model/ticket";
import { sampleTexts } from "./sample-texts";

/**
 * Interpreter throughput: every example flow run to completion over real ticket texts on one core, on the
 * replay driver (the backtest's `replayTicket`: virtual time, activities answered in-process as a backtest
 * with cached model output answers them). Full step traces are kept.
 */
const ANSWERS: Record<AiActivityName, (i: number) => unknown> = {
  classifyIntent: (i) => ({ label: ["card_issue", "billing", "password_reset", "transfer", "general"][i % 5], confidence: 0.5 + (i % 50) / 100, alternatives: [] }),
  detectSentiment: (i) => ({ label: i % 4 === 0 ? "negative" : "neutral", score: i % 4 === 0 ? -0.6 : 0, frustrated: i % 8 === 0, asksForHuman: i % 9 === 0 }),
  draftReply: (i) => ({ text: "Here is how to reset it.", confidence: (i % 100) / 100, citations: [] }),
};

/** Model answers chosen by the run's number, all known up front: no run waits for one. */
class AnswersByRun implements AiAnswerSource {
  readonly modelVersion = "bench";
  run = 0;
  lookup(request: AiRequest): unknown {
    return ANSWERS[request.name](this.run);
  }
  async resolve(): Promise<void> {}
}

const NOTHING_RECORDED: HistoricalTicket["recorded"] = {
  category: null,
  queue: null,
  tier: null,
  escalated: false,
  firstResponseAt: null,
  resolvedAt: null,
  handleTimeSec: null,
  csat: null,
};

function runOne(plan: FlowPlan, ticket: HistoricalTicket, ai: AnswersByRun, i: number): RunState {
  ai.run = i;
  const replayed = replayTicket(plan, ticket, ai);
  if (replayed.kind !== "done") throw new Error("every answer is known, yet the replay asked for one");
  return replayed.state;
}

export function benchInterpreter(tickets: number): Record<string, unknown> {
  const texts = sampleTexts(Math.min(tickets, 10_000));
  const snapshots: TTicketSnapshot[] = texts.map((text, i) => ({
    id: `t${i}`,
    source: "bench",
    externalId: `${i}`,
    subject: text.slice(0, 40),
    body: text,
    channel: "email",
    status: "new",
    priority: i % 10 === 0 ? "high" : "normal",
    tags: [],
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    customer: { id: `c${i % 500}`, plan: i % 3 === 0 ? "pro" : "standard", enterprise: i % 11 === 0, contactsLast24h: 1 + (i % 4) },
  }));
  const historical: HistoricalTicket[] = snapshots.map((snapshot) => ({ snapshot, timeline: [], recorded: NOTHING_RECORDED }));
  const ai = new AnswersByRun();
  const flows: Record<string, unknown> = {};
  let total = 0;
  let totalMs = 0;
  for (const example of EXAMPLES) {
    const compiled = compile(example.graph);
    if (!compiled.ok) throw new Error(`${example.slug} does not compile`);
    const started = process.hrtime.bigint();
    let steps = 0;
    for (let i = 0; i < tickets; i++) steps += runOne(compiled.plan, historical[i % historical.length]!, ai, i).trace.length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    flows[example.slug] = { nodes: example.graph.nodes.length, ticketsPerSecond: Math.round(tickets / (ms / 1000)), traceStepsPerTicket: +(steps / tickets).toFixed(1) };
    total += tickets;
    totalMs += ms;
  }
  return { tickets: total, ticketsPerSecond: Math.round(total / (totalMs / 1000)), flows };
}
