import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { createAiProvider } from "../../server/services/ai/create-ai-provider";
import { createAiAnswerSource } from "../../server/services/backtests/ai-cache";
import { replayTicket } from "../../workflows/interpret/replay";
import type { HistoricalTicket, TimelineEvent } from "../../workflows/interpret/replay/types";
import { createTicket } from "../../server/services/tickets/create-ticket";
import { addTicketMessage } from "../../server/services/tickets/add-ticket-message";
import { ticketWorkflowId } from "../../server/services/tickets/flow-starter";
import { getTemporalClient } from "../../temporal/client";
import { recordingStarter } from "./recording-starter";
import { testOutbox } from "./test-outbox";
import { EXAMPLES } from "../../workflows/examples";
import type { TFlowGraph } from "../../workflows/model/graph";
import type { TTicketSnapshot } from "../../workflows/model/ticket";
import type { RunState, TraceEntry } from "../../workflows/interpret/types";
import { RUN_STATE_QUERY } from "../../workflows/interpret/live/signals";
import { eventually, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * Backtest and live must never diverge. Each example flow runs a handful of tickets live, on the real
 * Temporal worker with the real activities, and the customer or agent replies at real times. Then the
 * backtester replays the same tickets (the snapshot the live run started from, and the replies at the
 * times they were recorded) and the two step traces must be the same, node for node, decision for
 * decision, reason for reason.
 *
 * What may differ, by construction: the clock. Live, activities complete a few hundred milliseconds after
 * the ticket arrived; in the backtest they complete at the same virtual instant. So entry times are not
 * compared, "N left" in an SLA reason (deadline minus now) is masked, and so is the agent a live route
 * assigned (it depends on live load). Timers are shortened to 10 s so that every scripted reply comes
 * well before them in both drivers.
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;
const TIMER = "10s";

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
});

interface Scenario {
  subject: string;
  body: string;
  enterprise: boolean;
  /** A reply sent once the live run rests on a wait (or never, if the run has already finished). */
  reply: { author: "customer" | "agent"; body: string } | null;
}

const SCENARIOS: Scenario[] = [
  { subject: "Card not here", body: "My new card still hasn't arrived, it has been two weeks", enterprise: false, reply: null },
  { subject: "Locked out", body: "I am locked out and cannot log in, this is urgent", enterprise: true, reply: { author: "agent", body: "Looking into it now" } },
  { subject: "Fed up", body: "This is ridiculous, I want to speak to a human right now", enterprise: false, reply: { author: "customer", body: "Hello? Anyone?" } },
  { subject: "Reset", body: "How do I reset my password? I forgot it", enterprise: false, reply: { author: "customer", body: "Thanks, that worked" } },
  { subject: "Refund", body: "I was charged twice for the same purchase and I want a refund", enterprise: true, reply: null },
];

function withShortTimers(graph: TFlowGraph): TFlowGraph {
  const copy = structuredClone(graph);
  for (const node of copy.nodes) {
    const data = node.data as Record<string, unknown>;
    if (node.type === "sla-timer") data.within = TIMER;
    if (node.type === "wait-for") data.timeout = TIMER;
  }
  return copy;
}

async function restingState(workflowId: string): Promise<RunState> {
  const client = await getTemporalClient();
  return eventually(`run ${workflowId} to rest on a wait or finish`, async () => {
    const state = await client.workflow.getHandle(workflowId).query<RunState>(RUN_STATE_QUERY);
    return state.status === "completed" || state.waiting?.kind === "event" ? state : null;
  });
}

/** Runs one scenario live; returns the snapshot it started from, the replies as recorded, and its trace. */
async function runLive(starter: ReturnType<typeof recordingStarter>, source: string, scenario: Scenario) {
  const outbox = testOutbox(prisma, starter);
  const created = await createTicket(prisma, outbox, {
    source,
    externalId: uniqueId("parity"),
    subject: scenario.subject,
    body: scenario.body,
    channel: "email",
    priority: "normal",
    tags: [],
    customer: { externalId: uniqueId("cust"), name: "Parity", enterprise: scenario.enterprise },
  });
  const workflowId = ticketWorkflowId(created.ticket.id);
  // Drained until started: the scenarios run at once, each with its own dispatcher, and a kicked dispatcher claims
  // every due message, so another scenario's dispatcher may hold this one (SKIP LOCKED) when this drain looks.
  const input = await eventually("the live run to start", async () => {
    await outbox.drain();
    return starter.inputs.get(workflowId);
  });
  const timeline: TimelineEvent[] = [];
  if (scenario.reply) {
    const resting = await restingState(workflowId);
    if (resting.status !== "completed") {
      const { message } = await addTicketMessage(prisma, outbox, created.ticket.id, { author: scenario.reply.author, body: scenario.reply.body });
      const at = message.createdAt.toISOString();
      timeline.push(scenario.reply.author === "customer" ? { type: "customer.replied", at, body: message.body } : { type: "agent.replied", at, body: message.body });
    }
  }
  const run = await eventually("the live run to complete", () =>
    prisma.flowRun.findFirst({ where: { workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
  );
  // A live run keeps its AI drafts' text apart from the trace (AssistDraft, ShadowDraft); the replay keeps it in the
  // line. Put it back where the line had it, so the text is compared too.
  const drafts = new Map<number, string>();
  for (const d of await prisma.assistDraft.findMany({ where: { runId: run.id } })) drafts.set(d.seq, d.text);
  for (const d of await prisma.shadowDraft.findMany({ where: { runId: run.id } })) drafts.set(d.seq, d.text);
  const withDraft = (seq: number, details: Record<string, unknown> | undefined) => (drafts.has(seq) ? { ...details, draft: drafts.get(seq) } : details);
  const trace = run.events.map((e) =>
    comparable({ seq: e.seq, at: e.at.toISOString(), nodeId: e.nodeId, nodeType: e.nodeType, decision: e.decision, reason: e.reason, details: withDraft(e.seq, (e.details ?? undefined) as Record<string, unknown> | undefined) }),
  );
  return { snapshot: input.ticket, timeline, trace, outcome: run.outcome };
}

function comparable(entry: TraceEntry) {
  return {
    seq: entry.seq,
    node: `${entry.nodeType}:${entry.nodeId}`,
    decision: entry.decision,
    reason: entry.reason.replace(/(\d+[dhms])+ left/g, "… left"),
    details: withoutAssignee(entry.details),
  };
}

/** The agent a live route picked depends on live load; the backtest never assigns anyone. */
function withoutAssignee(details: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (details === undefined) return null;
  const { assignee: _assignee, ...rest } = details;
  return Object.keys(rest).length > 0 ? rest : null;
}

function historical(snapshot: TTicketSnapshot, timeline: TimelineEvent[]): HistoricalTicket {
  return {
    snapshot,
    timeline,
    recorded: { category: null, queue: null, tier: null, escalated: false, firstResponseAt: null, resolvedAt: null, handleTimeSec: null, csat: null },
  };
}

describe("live and backtest traces are the same", () => {
  it.each(EXAMPLES.map((e) => [e.slug, e] as const))("%s", async (_slug, example) => {
    const graph = withShortTimers(example.graph);
    const versionId = await publishLive(prisma, uniqueId(`Parity ${example.slug}`), graph);
    const version = await prisma.flowVersion.findUniqueOrThrow({ where: { id: versionId } });
    const starter = recordingStarter();
    const source = uniqueId("parity");
    const live = await Promise.all(SCENARIOS.map((scenario) => runLive(starter, source, scenario)));

    const ai = await createAiAnswerSource(prisma, createAiProvider(prisma));
    for (const run of live) {
      const ticket = historical(run.snapshot, run.timeline);
      let replay = replayTicket(version.plan as never, ticket, ai);
      for (let round = 0; replay.kind === "needs" && round < 10; round++) {
        await ai.resolve(replay.requests);
        replay = replayTicket(version.plan as never, ticket, ai);
      }
      if (replay.kind !== "done") throw new Error("the replay never got all its model answers");
      expect(replay.state.trace.map(comparable), `${example.slug}: ${run.snapshot.subject}`).toEqual(run.trace);
      expect({ kind: replay.state.outcome?.kind, queue: replay.state.outcome?.queue, escalationReason: replay.state.outcome?.escalationReason }).toEqual({
        kind: (run.outcome as { kind: string }).kind,
        queue: (run.outcome as { queue: string | null }).queue,
        escalationReason: (run.outcome as { escalationReason: string | null }).escalationReason,
      });
    }
    // The scenarios must exercise the replayed replies, not only the instant paths.
    expect(live.some((r) => r.timeline.length > 0) || example.graph.nodes.every((n) => n.type !== "sla-timer" && n.type !== "wait-for")).toBe(true);
  });
});
