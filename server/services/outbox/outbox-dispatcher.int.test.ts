import { beforeEach, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { createTicket } from "../tickets/create-ticket";
import { FlowStarterUnreachable, ticketWorkflowId, type FlowStarter } from "../tickets/flow-starter";
import { eventually, publishLive, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { enqueue as enqueueMessages } from "./outbox-store";
import { startRunMessage } from "./start-run-message";

/** The outbox dispatcher against the real database: retries, give-up, recovery after a crash, and exclusive claims. */
const prisma = getPrisma();

/** A starter that records each start, optionally holding it until `release` or failing it. */
function starter(behaviour: { fail?: string; hold?: Promise<void> } = {}): FlowStarter & { calls: string[]; maxInFlight: number } {
  let inFlight = 0;
  const self = {
    calls: [] as string[],
    maxInFlight: 0,
    async start(workflowId: string) {
      self.calls.push(workflowId);
      inFlight++;
      self.maxInFlight = Math.max(self.maxInFlight, inFlight);
      try {
        // Let other deliveries begin meanwhile, so the test sees how many run at once.
        await (behaviour.hold ?? new Promise((r) => setImmediate(r)));
        if (behaviour.fail !== undefined) throw new Error(behaviour.fail);
      } finally {
        inFlight--;
      }
    },
    signal: async () => "no-run" as const,
  };
  return self;
}

/** Start messages as a committed ticket leaves them, for runs with no row (the handler only starts them). */
async function enqueue(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => uniqueId("wf"));
  await enqueueMessages(prisma, ids.map((id) => startRunMessage(id, { runId: id } as unknown as TicketFlowInput)));
  return ids;
}

beforeEach(async () => {
  // Messages other files left would be delivered to these tests' starters.
  await prisma.outboxMessage.deleteMany();
});

describe("the outbox dispatcher", () => {
  it("retries a start that fails, later each time, and after the last attempt marks the run failed", async () => {
    const previousLive = await getLiveFlowId(prisma);
    await publishLive(prisma, uniqueId("Outbox retries"), flow({ t: n.trigger(), e: n.end() }, ["t -> e"]) as unknown as TFlowGraph);
    const failing = starter({ fail: "Temporal is unreachable" });
    const waits: number[] = [];
    const outbox = testOutbox(prisma, failing, { maxAttempts: 3, backoffMs: (attempts) => (waits.push(attempts), 3_600_000) });
    try {
      const result = await createTicket(prisma, outbox, {
        source: uniqueId("outbox-retry"),
        externalId: "1",
        subject: "Hello",
        body: "Hi",
        channel: "email",
        priority: "normal",
        tags: [],
        customer: { externalId: "c1" },
      });
      expect(result.notice).toBeNull();
      await outbox.drain();
      const workflowId = ticketWorkflowId(result.ticket.id);
      const key = `start:${workflowId}`;
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { key } })).toMatchObject({ attempts: 1, lastError: "Temporal is unreachable" });

      // The next attempt is an hour away: draining now tries nothing.
      await outbox.drain();
      expect(failing.calls).toEqual([workflowId]);

      // An hour passes.
      await prisma.outboxMessage.update({ where: { key }, data: { availableAt: new Date(0) } });
      await outbox.drain();
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { key } })).toMatchObject({ attempts: 2 });
      expect((await prisma.flowRun.findUniqueOrThrow({ where: { workflowId } })).status).toBe("running");

      await prisma.outboxMessage.update({ where: { key }, data: { availableAt: new Date(0) } });
      await outbox.drain();
      expect(failing.calls).toHaveLength(3);
      expect(waits).toEqual([1, 2]);
      expect(await prisma.outboxMessage.count({ where: { key } })).toBe(0);
      expect(await prisma.flowRun.findUniqueOrThrow({ where: { workflowId } })).toMatchObject({ status: "failed", outcome: { error: "Temporal is unreachable" } });
    } finally {
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    }
  });

  it("never gives up a start while Temporal cannot be reached at all, and starts it once it can", async () => {
    const [workflowId] = await enqueue(1);
    const key = `start:${workflowId}`;
    let down = 4;
    const calls: string[] = [];
    const outage: FlowStarter = {
      async start(id) {
        calls.push(id);
        if (down-- > 0) throw new FlowStarterUnreachable("Cannot reach Temporal at 127.0.0.1:7233: connection refused");
      },
      signal: async () => "no-run" as const,
    };
    const outbox = testOutbox(prisma, outage, { maxAttempts: 2, backoffMs: () => 3_600_000 });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await outbox.drain();
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { key } })).toMatchObject({ attempts: attempt });
      await prisma.outboxMessage.update({ where: { key }, data: { availableAt: new Date(0) } });
    }
    await outbox.drain();
    expect(calls).toEqual([workflowId, workflowId, workflowId, workflowId, workflowId]);
    expect(await prisma.outboxMessage.count({ where: { key } })).toBe(0);
  });

  it("starts, by its sweep, what a process committed and never started", async () => {
    const [workflowId] = await enqueue(1);
    const recovering = starter();
    const outbox = testOutbox(prisma, recovering, { sweepMs: 50, sweepGraceMs: 0 });
    outbox.startSweep();
    try {
      await eventually("the sweep to start the run", async () => (await prisma.outboxMessage.count()) === 0);
      expect(recovering.calls).toEqual([workflowId]);
    } finally {
      await outbox.stop();
    }
  });

  it("hands a message another dispatcher claimed and then lost on, once that claim's lease has run out", async () => {
    const [workflowId] = await enqueue(1);
    let release = () => undefined as void;
    const dying = starter({ hold: new Promise<void>((r) => (release = r)) });
    const first = testOutbox(prisma, dying, { leaseMs: 300 });
    first.kick();
    await eventually("the first dispatcher to claim the message", async () => dying.calls.length === 1);

    const recovering = starter();
    const second = testOutbox(prisma, recovering, { sweepMs: 50, sweepGraceMs: 0 });
    second.startSweep();
    try {
      await eventually("the second dispatcher to start the run", async () => (await prisma.outboxMessage.count()) === 0);
      expect(recovering.calls).toEqual([workflowId]);
    } finally {
      await second.stop();
      release();
      await first.drain();
    }
  });

  it("never lets two dispatchers start the same message, and keeps each one's starts in flight bounded", async () => {
    const ids = await enqueue(60);
    const a = starter();
    const b = starter();
    await Promise.all([testOutbox(prisma, a, { inFlight: 4 }).drain(), testOutbox(prisma, b, { inFlight: 4 }).drain()]);
    const started = [...a.calls, ...b.calls];
    expect(started).toHaveLength(ids.length);
    expect(new Set(started)).toEqual(new Set(ids));
    expect(a.maxInFlight).toBeLessThanOrEqual(4);
    expect(b.maxInFlight).toBeLessThanOrEqual(4);
    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  it("coalesces kicks: many at once start each message once", async () => {
    const ids = await enqueue(20);
    const s = starter();
    const outbox = testOutbox(prisma, s, { inFlight: 8 });
    for (let i = 0; i < 10; i++) outbox.kick();
    await outbox.drain();
    expect(s.calls.sort()).toEqual([...ids].sort());
    expect(s.maxInFlight).toBeGreaterThan(1);
    expect(s.maxInFlight).toBeLessThanOrEqual(8);
  });
});
