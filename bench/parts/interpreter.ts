import { EXAMPLES } from "../../workflows/examples";
import { compile } from "../../workflows/compile";
import { advance, initialState } from "../../workflows/interpret";
import type { ActivityName } from "../../workflows/interpret/activities";
import type { FlowEvent, RunState } from "../../workflows/interpret/types";
import type { FlowPlan } from "../../workflows/model/plan";
import type { TTicketSnapshot } from "../../workflows/model/ticket";
import { sampleTexts } from "./sample-texts";

/**
 * Interpreter throughput: every example flow run to completion over real ticket texts on one core, with
 * activities answered in-process (as a backtest with cached model output would) and timers fired in
 * virtual time. Full step traces are kept.
 */
const ANSWERS: Record<ActivityName, (input: { queue?: string }, i: number) => unknown> = {
  classifyIntent: (_, i) => ({ label: ["card_issue", "billing", "password_reset", "transfer", "general"][i % 5], confidence: 0.5 + (i % 50) / 100, alternatives: [] }),
  detectSentiment: (_, i) => ({ label: i % 4 === 0 ? "negative" : "neutral", score: i % 4 === 0 ? -0.6 : 0, frustrated: i % 8 === 0, asksForHuman: i % 9 === 0 }),
  routeTicket: (input) => ({ queue: input.queue ?? "general", assignee: null }),
  draftReply: (_, i) => ({ text: "Here is how to reset it.", confidence: (i % 100) / 100, citations: [] }),
  sendReply: () => ({}),
  postInternalNote: () => ({}),
  escalateTicket: () => ({}),
  notifySlack: () => ({}),
  updateTicket: () => ({}),
  resolveTicket: () => ({}),
  sendCsatSurvey: () => ({}),
};

function runOne(plan: FlowPlan, ticket: TTicketSnapshot, i: number): RunState {
  let state = initialState();
  const pending: FlowEvent[] = [{ type: "ticket.created", at: ticket.createdAt, runId: `bench-${i}`, ticket }];
  while (pending.length > 0) {
    const r = advance(plan, state, pending.shift()!);
    state = r.state;
    for (const c of r.commands) {
      if (c.type === "callActivity") pending.push({ type: "activity.completed", at: state.now, callId: c.callId, ok: true, result: ANSWERS[c.name](c.input as { queue?: string }, i) });
      else if (c.type === "startTimer") pending.push({ type: "timer.fired", at: c.fireAt, timerId: c.timerId });
    }
  }
  return state;
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
  const flows: Record<string, unknown> = {};
  let total = 0;
  let totalMs = 0;
  for (const example of EXAMPLES) {
    const compiled = compile(example.graph);
    if (!compiled.ok) throw new Error(`${example.slug} does not compile`);
    const started = process.hrtime.bigint();
    let steps = 0;
    for (let i = 0; i < tickets; i++) steps += runOne(compiled.plan, snapshots[i % snapshots.length]!, i).trace.length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    flows[example.slug] = { nodes: example.graph.nodes.length, ticketsPerSecond: Math.round(tickets / (ms / 1000)), traceStepsPerTicket: +(steps / tickets).toFixed(1) };
    total += tickets;
    totalMs += ms;
  }
  return { tickets: total, ticketsPerSecond: Math.round(total / (totalMs / 1000)), flows };
}
