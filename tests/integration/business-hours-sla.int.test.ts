import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { getLiveFlowId, setLiveFlow } from "../../server/services/flows/live-flow";
import { getWorkspaceCalendar, saveWorkspaceCalendar } from "../../server/services/settings/workspace-calendar";
import { createTicket } from "../../server/services/tickets/create-ticket";
import { ticketWorkflowId } from "../../server/services/tickets/flow-starter";
import { getTemporalClient } from "../../temporal/client";
import { recordingStarter } from "./recording-starter";
import { testOutbox } from "./test-outbox";
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

async function arrive(starter: ReturnType<typeof recordingStarter>, createdAt?: string) {
  const outbox = testOutbox(prisma, starter);
  const created = await createTicket(prisma, outbox, {
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
  await outbox.drain();
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

/** The live run's row once it has finished, with its trace as stored. */
function finished(workflowId: string, limitMs?: number) {
  return eventually(
    "the live run to finish",
    () => prisma.flowRun.findFirst({ where: { workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
    limitMs,
  );
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
    const details = { target: "first-response", within: "4h", deadline: "2024-03-05T11:00:00.000Z", localDeadline: "Tue 5 Mar 2024, 12:00 (Europe/Paris)", businessHours: true };
    // The live run starts long after that deadline, so it breaches at once, against the same deadline.
    const run = await finished(workflowId);
    expect(run.events.filter((e) => e.nodeId === "sla").map((e) => ({ decision: e.decision, reason: e.reason, details: e.details }))).toEqual([
      { decision: "breached", reason: "The first response deadline (4h of business time after creation) had already passed", details },
    ]);
    // The backtest replays from the ticket's creation: it waits for that deadline, then breaches exactly at it.
    const replay = replayed(input).filter((e) => e.nodeId === "sla");
    expect(replay.map((e) => [e.decision, e.at, e.details])).toEqual([
      ["waiting", "2024-03-01T15:00:00.000Z", details],
      ["breached", "2024-03-05T11:00:00.000Z", undefined],
    ]);
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

  it("breaches at the same instant: a short business day around now, the ticket arrived just before yesterday's close", async () => {
    const now = Date.now();
    const { timeZone, offsetMs } = noonZone(now);
    const local = (utcMs: number) => new Date(utcMs + offsetMs).toISOString().slice(11, 16);
    // Open every day for five hours from a minute before now; closed the rest of the day.
    const opensToday = Math.floor(now / MINUTE) * MINUTE - MINUTE;
    const closesToday = opensToday + 5 * HOUR;
    const hours = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: local(opensToday), end: local(closesToday) }));
    await saveWorkspaceCalendar(prisma, { timeZone, hours, holidays: [] }, "test");
    // Far enough ahead for the run to reach its timer first, near enough to breach within the test.
    const deadline = Math.ceil((now + 45_000) / 1000) * 1000;
    // The ticket spends all but `intoToday` of its 4 business hours before yesterday's close, then the night is closed.
    const intoToday = deadline - opensToday;
    const createdAt = closesToday - DAY - (4 * HOUR - intoToday);

    const starter = recordingStarter();
    const { workflowId, input } = await arrive(starter, new Date(createdAt).toISOString());
    const client = await getTemporalClient();
    try {
      expect(input.calendar).toEqual({ timeZone, hours, holidays: [] });
      const run = await finished(workflowId, 150_000);
      const live = run.events.filter((e) => e.nodeId === "sla");
      expect(live.map((e) => e.decision)).toEqual(["waiting", "breached"]);
      expect(run.events.map((e) => e.nodeId)).toContain("late");
      expect(live[0]!.details).toMatchObject({ within: "4h", deadline: new Date(deadline).toISOString(), businessHours: true });
      // Counted in clock time, the 4 hours would have run out yesterday evening.
      expect((live[0]!.details as Record<string, unknown>).deadline).not.toBe(new Date(createdAt + 4 * HOUR).toISOString());
      expect(String((live[0]!.details as Record<string, unknown>).localDeadline)).toContain(`${local(deadline)} (${timeZone})`);
      // The live timer fires on the worker's clock, so its breach is decided at the deadline or just after it.
      expect(live[1]!.at.getTime()).toBeGreaterThanOrEqual(deadline);

      const replay = replayed(input).filter((e) => e.nodeId === "sla");
      expect(replay.map((e) => [e.decision, e.reason, e.details])).toEqual([
        ["waiting", live[0]!.reason, live[0]!.details],
        ["breached", live[1]!.reason, undefined],
      ]);
      expect(replay[1]!.at).toBe(new Date(deadline).toISOString());
    } finally {
      const handle = client.workflow.getHandle(workflowId);
      if ((await handle.describe()).status.name === "RUNNING") await handle.terminate("test over");
    }
  }, 180_000);
});

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A fixed-offset zone where it is now between 12:00 and 13:00, so a business day around now never crosses midnight. */
function noonZone(nowMs: number): { timeZone: string; offsetMs: number } {
  const offsetHours = 12 - new Date(nowMs).getUTCHours();
  // The Etc names count west as positive: Etc/GMT-3 is three hours ahead of UTC.
  const timeZone = offsetHours === 0 ? "UTC" : `Etc/GMT${offsetHours > 0 ? "-" : "+"}${Math.abs(offsetHours)}`;
  return { timeZone, offsetMs: offsetHours * HOUR };
}
