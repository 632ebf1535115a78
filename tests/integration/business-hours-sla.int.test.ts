import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { getLiveFlowId, setLiveFlow } from "../../server/services/flows/live-flow";
import { getWorkspaceCalendar, saveWorkspaceCalendar } from "../../server/services/settings/workspace-calendar";
import { createTicket } from "../../server/services/tickets/create-ticket";
import { ticketWorkflowId, type FlowStarter } from "../../server/services/tickets/flow-starter";
import { getTemporalClient } from "../../temporal/client";
import { temporalFlowStarter } from "../../temporal/flow-starter";
import { flow, n } from "../../workflows/compile/test-graphs";
import { memoryAiSource, replayTicket } from "../../workflows/interpret/replay";
import { RUN_STATE_QUERY } from "../../workflows/interpret/live/signals";
import type { TicketFlowInput } from "../../workflows/interpret/live/ticket-flow";
import type { RunState, TraceEntry } from "../../workflows/interpret/types";
import type { TWorkspaceCalendar } from "../../workflows/model/calendar";
import type { TFlowGraph } from "../../workflows/model/graph";
import type { FlowPlan } from "../../workflows/model/plan";
import { eventually, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * A business-hours SLA decides the same breach time live, on the real Temporal worker, as in a backtest of the
 * same ticket with the same calendar: the calendar is read once when the ticket arrives and travels with the
 * run as input, and the backtest hands the replay the same calendar.
 *
 *  trigger ─▶ sla-timer(first response within 4h, business hours only) ──met──▶ met: end
 *                                                                        └─breached─▶ late: end
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;
let previousCalendar: TWorkspaceCalendar;
let previousLive: string | null;
let plan: FlowPlan;

const sla = n.sla("4h");
const graph = flow(
  { t: n.trigger(), sla: { ...sla, data: { ...sla.data, businessHours: true } }, met: n.end(), late: n.end() },
  ["t -> sla", "sla:met -> met", "sla:breached -> late"],
) as unknown as TFlowGraph;

beforeAll(async () => {
  previousCalendar = await getWorkspaceCalendar(prisma);
  previousLive = await getLiveFlowId(prisma);
  worker = await startInProcessWorker();
  const versionId = await publishLive(prisma, uniqueId("Business-hours SLA"), graph);
  plan = (await prisma.flowVersion.findUniqueOrThrow({ where: { id: versionId } })).plan as unknown as FlowPlan;
});

afterAll(async () => {
  await saveWorkspaceCalendar(prisma, previousCalendar, "test");
  if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
  await worker?.stop();
});

/** Starts each run on Temporal and keeps the input it started with. */
function recordingStarter(): FlowStarter & { inputs: Map<string, TicketFlowInput> } {
  const temporal = temporalFlowStarter();
  const inputs = new Map<string, TicketFlowInput>();
  return {
    inputs,
    async start(workflowId, input) {
      inputs.set(workflowId, input);
      await temporal.start(workflowId, input);
    },
    signal: (workflowId, signal, payload) => temporal.signal(workflowId, signal, payload),
  };
}

async function arrive(starter: ReturnType<typeof recordingStarter>, createdAt?: string) {
  const created = await createTicket(prisma, starter, {
    source: uniqueId("bh-sla"),
    externalId: "1",
    subject: "Where is my refund?",
    body: "I asked for a refund last week",
    channel: "email",
    priority: "normal",
    tags: [],
    customer: { externalId: uniqueId("cust") },
    ...(createdAt ? { createdAt } : {}),
  });
  const workflowId = ticketWorkflowId(created.ticket.id);
  return { workflowId, input: starter.inputs.get(workflowId)! };
}

function replayed(input: TicketFlowInput): TraceEntry[] {
  const history = {
    snapshot: input.ticket,
    timeline: [],
    recorded: { category: null, queue: null, tier: null, escalated: false, firstResponseAt: null, resolvedAt: null, handleTimeSec: null, csat: null },
  };
  const run = replayTicket(plan, history, memoryAiSource(() => undefined), input.calendar ? { calendar: input.calendar } : {});
  if (run.kind !== "done") throw new Error("the flow asks no model");
  return run.state.trace;
}

/** The live run's state once it rests on its SLA timer. */
async function waitingState(workflowId: string): Promise<RunState> {
  const client = await getTemporalClient();
  return eventually("the live run to wait on its SLA", async () => {
    const s = await client.workflow.getHandle(workflowId).query<RunState>(RUN_STATE_QUERY);
    return s.waiting?.kind === "event" ? s : null;
  });
}

const slaLines = (trace: TraceEntry[]) => trace.filter((e) => e.nodeId === "sla").map((e) => ({ decision: e.decision, reason: e.reason, details: e.details }));

describe("a business-hours SLA, live and in a backtest", () => {
  it("sets the same deadline: Friday 16:00 in Paris, Monday a holiday, 4 business hours end Tuesday 12:00", async () => {
    await saveWorkspaceCalendar(
      prisma,
      { timeZone: "Europe/Paris", hours: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })), holidays: [{ date: "2024-03-04", name: "Staff day" }] },
      "test",
    );
    const starter = recordingStarter();
    // 2024-03-01 is a Friday; 15:00 UTC is 16:00 in Paris.
    const { workflowId, input } = await arrive(starter, "2024-03-01T15:00:00.000Z");
    const client = await getTemporalClient();
    try {
      const state = await waitingState(workflowId);
      const live = slaLines(state.trace);
      expect(live).toEqual([
        {
          decision: "waiting",
          reason: "SLA: first response due by Tue 5 Mar 2024, 12:00 (Europe/Paris), 4h of business time after creation",
          details: { target: "first-response", within: "4h", deadline: "2024-03-05T11:00:00.000Z", localDeadline: "Tue 5 Mar 2024, 12:00 (Europe/Paris)", businessHours: true },
        },
      ]);
      const replay = replayed(input);
      expect(slaLines(replay)[0]).toEqual(live[0]);
      // The backtest, with nobody answering, breaches exactly at that deadline.
      expect(replay.filter((e) => e.nodeId === "sla").map((e) => [e.decision, e.at])).toEqual([
        ["waiting", "2024-03-01T15:00:00.000Z"],
        ["breached", "2024-03-05T11:00:00.000Z"],
      ]);
    } finally {
      await client.workflow.getHandle(workflowId).terminate("test over");
    }
  });

  it("waits for the same deadline when it lies ahead: today and tomorrow are holidays, so it falls on the day after", async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const holidays = [
      { date: day(0), name: "Today" },
      { date: day(1), name: "Tomorrow" },
    ];
    await saveWorkspaceCalendar(prisma, { timeZone: "UTC", hours: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ day: d, start: "09:00", end: "17:00" })), holidays }, "test");
    const starter = recordingStarter();
    const { workflowId, input } = await arrive(starter);
    const client = await getTemporalClient();
    try {
      const state = await waitingState(workflowId);
      const live = slaLines(state.trace);
      const deadline = String(live[0]!.details!.deadline);
      // Two closed days from the ticket's own date: 09:00 + 4 business hours on the first open day.
      const created = input.ticket.createdAt.slice(0, 10);
      const firstOpen = [0, 1, 2, 3].map(day).find((d) => d > created && !holidays.some((h) => h.date === d))!;
      expect(deadline).toBe(`${firstOpen}T13:00:00.000Z`);
      // The replay goes on to breach in virtual time; the live run is still waiting: compare the wait.
      expect(live).toHaveLength(1);
      expect(slaLines(replayed(input))[0]).toEqual(live[0]);
    } finally {
      await client.workflow.getHandle(workflowId).terminate("test over");
    }
  });
});
