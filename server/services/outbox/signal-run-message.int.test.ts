import { beforeEach, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import type { FlowStarter } from "../tickets/flow-starter";
import { eventually, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";
import { enqueue } from "./outbox-store";
import { SIGNAL_RUN, type SignalRunPayload } from "./signal-run-message";
import { startRunMessage } from "./start-run-message";

/** Signals through the outbox against the real table: they wait for their run's start and go out in order. */
const prisma = getPrisma();

function recorder(): FlowStarter & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async start(workflowId) {
      calls.push(`start ${workflowId}`);
    },
    async signal(_workflowId, signal, payload) {
      calls.push(`${signal} ${String(payload.body)}`);
      return "delivered";
    },
  };
}

const signalMessage = (workflowId: string, body: string) => ({
  kind: SIGNAL_RUN,
  key: `signal:${workflowId}:${body}`,
  payload: { workflowId, signal: "customerReplied", payload: { body } } satisfies SignalRunPayload,
});

beforeEach(async () => {
  // Messages other files left would be delivered to these tests' starters.
  await prisma.outboxMessage.deleteMany();
});

describe("signal messages", () => {
  it("wait, without spending attempts, while their run's start is still in the outbox, then go out after it in order", async () => {
    const workflowId = uniqueId("wf");
    await enqueue(prisma, [startRunMessage(workflowId, { runId: workflowId } as unknown as TicketFlowInput)]);
    // The start is in a backoff (Temporal was away) while the customer's replies come in.
    await prisma.outboxMessage.update({ where: { key: `start:${workflowId}` }, data: { availableAt: new Date(Date.now() + 3_600_000) } });
    await enqueue(prisma, [signalMessage(workflowId, "first")]);
    await enqueue(prisma, [signalMessage(workflowId, "second")]);

    const starter = recorder();
    const outbox = testOutbox(prisma, starter, { maxAttempts: 2 });
    await outbox.drain();
    expect(starter.calls).toEqual([]);
    const waiting = await prisma.outboxMessage.findMany({ where: { kind: SIGNAL_RUN }, orderBy: { key: "asc" } });
    expect(waiting.map((m) => ({ key: m.key, attempts: m.attempts, lastError: m.lastError }))).toEqual([
      { key: `signal:${workflowId}:first`, attempts: 0, lastError: "Waiting for the run to start or hear an earlier event" },
      { key: `signal:${workflowId}:second`, attempts: 0, lastError: "Waiting for the run to start or hear an earlier event" },
    ]);

    // Waiting longer than the give-up limit would allow for failures loses nothing.
    for (let i = 0; i < 3; i++) {
      await prisma.outboxMessage.updateMany({ where: { kind: SIGNAL_RUN }, data: { availableAt: new Date(0) } });
      await outbox.drain();
    }
    expect(starter.calls).toEqual([]);
    expect(await prisma.outboxMessage.count({ where: { kind: SIGNAL_RUN } })).toBe(2);

    await prisma.outboxMessage.update({ where: { key: `start:${workflowId}` }, data: { availableAt: new Date(0) } });
    await eventually("the start and both signals to go out", async () => {
      await prisma.outboxMessage.updateMany({ where: { kind: SIGNAL_RUN }, data: { availableAt: new Date(0) } });
      await outbox.drain();
      return (await prisma.outboxMessage.count()) === 0;
    });
    expect(starter.calls).toEqual([`start ${workflowId}`, "customerReplied first", "customerReplied second"]);
  });
});
