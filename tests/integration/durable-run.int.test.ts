import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { runAlertKey } from "../../server/services/runs/raise-run-alert";
import { getLiveFlowId, setLiveFlow } from "../../server/services/flows/live-flow";
import { createTicket } from "../../server/services/tickets/create-ticket";
import type { FlowStarter } from "../../server/services/tickets/flow-starter";
import { ticketWorkflowId } from "../../server/services/tickets/flow-starter";
import { getTemporalClient } from "../../temporal/client";
import { temporalFlowStarter } from "../../temporal/flow-starter";
import { flow, n } from "../../workflows/compile/test-graphs";
import { MAX_RESTS_PER_NODE } from "../../workflows/interpret/loop-cap";
import type { TicketFlowInput } from "../../workflows/interpret/live/ticket-flow";
import type { RunTuning } from "../../workflows/interpret/live/run-tuning";
import type { TFlowGraph } from "../../workflows/model/graph";
import { eventually, publishLive, startInProcessWorker, uniqueId } from "./helpers";
import { testOutbox } from "./test-outbox";

/**
 * Runs that never skip silently, on the real worker, database and Temporal: a failure of the infrastructure is
 * waited out (the flow goes on as drawn, the trace says it retried, one alert is raised), a permanent one takes the
 * flow's failure handling at once, and a loop through a short wait is capped and handed to a person, its run
 * continuing as new on the way without losing or repeating anything.
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;
let previousLive: string | null = null;
const FAILING_QUEUE = uniqueId("flaky-queue");
/** The end node whose trace line the database refuses at first. */
const REFUSED_END = uniqueId("fin");

/** Short waits, so the test need not wait out minutes of backoff. */
const quick: Partial<RunTuning> = { firstRetryDelayMs: 20, maxRetryDelayMs: 100, alertAfterAttempts: 10 };

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  previousLive = await getLiveFlowId(prisma);
  await prisma.queue.create({ data: { name: FAILING_QUEUE } });
  // The database refuses the first twelve routes to FAILING_QUEUE as a write conflict, which is worth another try.
  // A sequence, because it counts across the transactions the refusals roll back.
  await prisma.$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS durable_route_refusals`);
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION durable_refuse_route() RETURNS trigger AS $$
    BEGIN
      IF NEW."kind" = 'route' AND NEW."payload"->>'queue' = '${FAILING_QUEUE}' THEN
        IF nextval('durable_route_refusals') <= 12 THEN
          RAISE EXCEPTION 'could not serialize access due to concurrent update' USING ERRCODE = '40001';
        END IF;
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS durable_refuse_route ON "Effect"`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER durable_refuse_route BEFORE INSERT ON "Effect" FOR EACH ROW EXECUTE FUNCTION durable_refuse_route()`);
  // The trace line of REFUSED_END is refused eleven times as breaking a rule, which would never pass for an effect.
  await prisma.$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS durable_trace_refusals`);
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION durable_refuse_trace() RETURNS trigger AS $$
    BEGIN
      IF NEW."nodeId" = '${REFUSED_END}' AND NEW."decision" = 'end' THEN
        IF nextval('durable_trace_refusals') <= 11 THEN
          RAISE EXCEPTION 'new row violates check constraint' USING ERRCODE = '23514';
        END IF;
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS durable_refuse_trace ON "RunEvent"`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER durable_refuse_trace BEFORE INSERT ON "RunEvent" FOR EACH ROW EXECUTE FUNCTION durable_refuse_trace()`);
  worker = await startInProcessWorker();
});

afterAll(async () => {
  // The files after this one start tickets on the live flow: not on a loop.
  if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
  else await publishLive(prisma, uniqueId("Quiet"), flow({ t: n.trigger(), e: n.end() }, ["t -> e"]) as unknown as TFlowGraph);
  await worker?.stop();
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS durable_refuse_route ON "Effect"`);
  await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS durable_refuse_route()`);
  await prisma.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS durable_route_refusals`);
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS durable_refuse_trace ON "RunEvent"`);
  await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS durable_refuse_trace()`);
  await prisma.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS durable_trace_refusals`);
});

/** Temporal's starter, with the run's input adjusted as a test needs (shorter waits, a plan changed after compiling). */
function adjustedStarter(adjust: (input: TicketFlowInput) => TicketFlowInput): FlowStarter {
  const temporal = temporalFlowStarter();
  return { start: (workflowId, input) => temporal.start(workflowId, adjust(input)), signal: (...args) => temporal.signal(...args) };
}

async function arrive(adjust: (input: TicketFlowInput) => TicketFlowInput): Promise<{ ticketId: string; workflowId: string }> {
  const outbox = testOutbox(prisma, adjustedStarter(adjust));
  const created = await createTicket(prisma, outbox, {
    source: uniqueId("durable"),
    externalId: "1",
    subject: "Where is my order?",
    body: "It has not arrived yet",
    channel: "email",
    priority: "normal",
    tags: [],
    customer: { externalId: uniqueId("cust") },
  });
  await outbox.drain();
  return { ticketId: created.ticket.id, workflowId: ticketWorkflowId(created.ticket.id) };
}

async function finished(workflowId: string) {
  await (await getTemporalClient()).workflow.getHandle(workflowId).result();
  return prisma.flowRun.findFirstOrThrow({ where: { workflowId, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } });
}

/*
 *  trigger ─▶ notify ─▶ wait-for(customer reply, 1s, run at 0 ms) ──timeout──▶ notify (round again)
 *                              └──replied──▶ end
 */
const loop = flow({ t: n.trigger(), ping: n.notify("#loop"), w: n.waitFor("1s"), done: n.end() }, [
  "t -> ping",
  "ping -> w",
  "w:timeout -> ping",
  "w:replied -> done",
]) as unknown as TFlowGraph;

/** The loop's wait at 0 ms, as a plan compiled before minimum durations allowed it. */
function zeroWait(input: TicketFlowInput): TicketFlowInput {
  const plan = structuredClone(input.plan);
  plan.nodes.w = { ...plan.nodes.w!, durationMs: 0 };
  return { ...input, plan };
}

describe("a run whose effect keeps failing on the infrastructure", () => {
  it("waits it out: the ticket is routed as the flow says, the trace says it retried, and one alert is raised", async () => {
    const graph = flow({ t: n.trigger(), r: n.route(FAILING_QUEUE), e: n.end() }, ["t -> r", "r -> e"]) as unknown as TFlowGraph;
    await publishLive(prisma, uniqueId("Flaky database"), graph);
    const { ticketId, workflowId } = await arrive((input) => ({ ...input, tuning: quick }));
    const run = await finished(workflowId);

    expect(run.events.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(["t:start", "r:" + FAILING_QUEUE, "r:" + FAILING_QUEUE, "e:end", "r:retrying"]);
    expect(run.events.some((e) => e.decision === "failed")).toBe(false);
    expect(run.events.find((e) => e.decision === "retrying")!.reason).toMatch(/^Retrying: The database could not finish the work right now: /);
    expect(run.outcome).toMatchObject({ kind: "routed", queue: FAILING_QUEUE });
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { queue: true } });
    expect(ticket.queue?.name).toBe(FAILING_QUEUE);
    // Twelve refusals, then the attempt that went through.
    const refusals = await prisma.$queryRawUnsafe<Array<{ last_value: bigint }>>(`SELECT last_value FROM durable_route_refusals`);
    expect(Number(refusals[0]!.last_value)).toBe(13);
    const alerts = await prisma.effect.findMany({ where: { ticketId, idempotencyKey: runAlertKey(workflowId) } });
    expect(alerts).toHaveLength(1);
    expect((alerts[0]!.payload as { text: string }).text).toMatch(/^Ticket .* is waiting: its flow run .* has failed 10 times on something outside the flow/);
  });
});

describe("a run whose effect can never succeed", () => {
  it("records why at once and takes the flow's failure handling, with no retry and no alert", async () => {
    const queue = await prisma.queue.create({ data: { name: uniqueId("gone-queue") } });
    const graph = flow({ t: n.trigger(), r: n.route(queue.name), g: n.tag("after-route") }, ["t -> r", "r -> g"]) as unknown as TFlowGraph;
    await publishLive(prisma, uniqueId("Deleted queue"), graph);
    await prisma.queue.delete({ where: { id: queue.id } });
    const { ticketId, workflowId } = await arrive((input) => ({ ...input, tuning: quick }));
    const run = await finished(workflowId);

    expect(run.events.find((e) => e.nodeId === "r" && e.decision === "failed")?.reason).toMatch(`Queue "${queue.name}" does not exist`);
    expect(run.events.some((e) => e.decision === "retrying")).toBe(false);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).tags).toContain("after-route");
    expect(await prisma.effect.count({ where: { idempotencyKey: runAlertKey(workflowId) } })).toBe(0);
  });
});

describe("a run whose trace cannot be written", () => {
  it("tries again until it can, whatever the failure, and finishes: the workflow never fails for it", async () => {
    const graph = flow({ t: n.trigger(), [REFUSED_END]: n.end() }, [`t -> ${REFUSED_END}`]) as unknown as TFlowGraph;
    await publishLive(prisma, uniqueId("Refused trace"), graph);
    const { workflowId } = await arrive((input) => ({ ...input, tuning: quick }));
    const run = await finished(workflowId);

    expect(run.events.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(["t:start", `${REFUSED_END}:end`, `${REFUSED_END}:retrying`]);
    expect(run.events.at(-1)!.reason).toMatch(/^Retrying: The database refused the change: .*check constraint/);
    expect((await (await getTemporalClient()).workflow.getHandle(workflowId).describe()).status.name).toBe("COMPLETED");
    const refusals = await prisma.$queryRawUnsafe<Array<{ last_value: bigint }>>(`SELECT last_value FROM durable_trace_refusals`);
    expect(Number(refusals[0]!.last_value)).toBe(12);
    expect(await prisma.effect.count({ where: { idempotencyKey: runAlertKey(workflowId) } })).toBe(1);
  });
});

describe("a loop through a 0 ms wait with a notify step", () => {
  it("is capped (a bounded number of notifications, then a person, and the trace says why), continuing as new on the way", async () => {
    await publishLive(prisma, uniqueId("Fast loop"), loop);
    // An early continue-as-new: the run's history grows past it several times before the cap stops the loop.
    const { ticketId, workflowId } = await arrive((input) => ({ ...zeroWait(input), tuning: { continueAfterEvents: 80 } }));
    const run = await finished(workflowId);

    const notes = await prisma.effect.findMany({ where: { ticketId, kind: "notify" } });
    expect(notes).toHaveLength(MAX_RESTS_PER_NODE + 1);
    expect(new Set(notes.map((e) => e.idempotencyKey)).size).toBe(notes.length);
    expect(run.events.at(-1)).toMatchObject({ nodeId: "w", decision: "loop limit", reason: expect.stringMatching(/the loop stops here and the ticket goes to a person/) });
    expect(run.outcome).toMatchObject({ kind: "escalated", escalationReason: expect.stringMatching(/went round a loop \d+ times/) });
    expect(await prisma.effect.count({ where: { ticketId, kind: "escalate" } })).toBe(1);
    // The trace numbered without a gap or a repeat across the continued runs.
    expect(run.events.map((e) => e.seq)).toEqual(run.events.map((_, i) => i + 1));

    const handle = (await getTemporalClient()).workflow.getHandle(workflowId);
    const history = await handle.fetchHistory();
    expect(history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId).toBeTruthy();
    expect((await handle.describe()).status.name).toBe("COMPLETED");
    await eventually("the continued runs to be listed", async () => {
      let runs = 0;
      for await (const execution of (await getTemporalClient()).workflow.list({ query: `WorkflowId = '${workflowId}'` })) if (execution.workflowId === workflowId) runs++;
      return runs > 2;
    });
  });
});
