import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { getLiveFlowId, setLiveFlow } from "../flows/live-flow";
import { eventually, publishLive, uniqueId } from "../../../tests/integration/helpers";
import { testOutbox } from "../../../tests/integration/test-outbox";
import { flow, n } from "../../../workflows/compile/test-graphs";
import type { TicketFlowInput } from "../../../workflows/interpret/live/ticket-flow";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { ticketWorkflowId, type FlowStarter } from "./flow-starter";
import { createTicket } from "./create-ticket";
import type { TIncomingTicket } from "./incoming-ticket";

/**
 * A new ticket, its run and the message that starts the run commit in one transaction; the workflow starts
 * after commit, from the outbox (a recording starter stands in for Temporal).
 */
const prisma = getPrisma();
const noKick = { kick: () => undefined };
let previousLive: string | null = null;
let versionId = "";

function recordingStarter(): FlowStarter & { started: Map<string, TicketFlowInput> } {
  const started = new Map<string, TicketFlowInput>();
  return {
    started,
    start: async (workflowId, input) => void started.set(workflowId, input),
    signal: async () => "no-run",
  };
}

const ticket = (source: string): TIncomingTicket => ({
  source,
  externalId: "1",
  subject: "Card",
  body: "Where is my card?",
  channel: "email",
  priority: "normal",
  tags: [],
  customer: { externalId: "c1", name: "Ada" },
});

beforeAll(async () => {
  previousLive = await getLiveFlowId(prisma);
  versionId = await publishLive(prisma, uniqueId("Outbox flow"), flow({ t: n.trigger(), e: n.end() }, ["t -> e"]) as unknown as TFlowGraph);
});

afterAll(async () => {
  // The messages the tests left: no later test should start these runs.
  await testOutbox(prisma, recordingStarter()).drain();
  if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
});

describe("createTicket and the outbox", () => {
  it("commits the ticket, its run and the run's start message together; the start comes after, from the outbox", async () => {
    const source = uniqueId("outbox");
    const result = await createTicket(prisma, noKick, ticket(source));
    const workflowId = ticketWorkflowId(result.ticket.id);
    expect(result).toMatchObject({ created: true, notice: null, run: { workflowId, versionId, status: "starting" } });
    expect(await prisma.flowRun.findUniqueOrThrow({ where: { workflowId } })).toMatchObject({ ticketId: result.ticket.id, versionId, status: "running", shadow: false });
    const message = await prisma.outboxMessage.findUniqueOrThrow({ where: { key: `start:${workflowId}` } });
    expect(message.kind).toBe("start-run");
    expect(message.payload).toMatchObject({ workflowId, runId: workflowId, versionId, mode: "live", ticket: { id: result.ticket.id, customer: { contactsLast24h: 1 } } });

    const starter = recordingStarter();
    await testOutbox(prisma, starter).drain();
    const { workflowId: _id, ...input } = message.payload as unknown as TicketFlowInput & { workflowId: string };
    expect(starter.started.get(workflowId)).toEqual(input);
    expect(await prisma.outboxMessage.count({ where: { key: message.key } })).toBe(0);
  });

  it("stores nothing when the start message cannot be written", async () => {
    const source = uniqueId("outbox-fails");
    const failing = prisma.$extends({
      query: {
        $allOperations: ({ operation, args, query }) => (operation === "$executeRaw" ? Promise.reject(new Error("the outbox table is unavailable")) : query(args)),
      },
    }) as unknown as PrismaClient;
    await expect(createTicket(failing, noKick, ticket(source))).rejects.toThrow("the outbox table is unavailable");
    expect(await prisma.ticket.count({ where: { source } })).toBe(0);
    expect(await prisma.customer.count({ where: { source } })).toBe(0);
  });

  it("kicks the outbox after commit, so the run starts without waiting for a sweep", async () => {
    const starter = recordingStarter();
    const outbox = testOutbox(prisma, starter);
    const result = await createTicket(prisma, outbox, ticket(uniqueId("outbox-kick")));
    await eventually("the run to start", async () => starter.started.has(ticketWorkflowId(result.ticket.id)));
    await outbox.drain();
  });

  it("stores and starts one ticket when the same ticket arrives twice at once, and two when a new customer sends two", async () => {
    const source = uniqueId("outbox-race");
    const [a, b] = await Promise.all([createTicket(prisma, noKick, ticket(source)), createTicket(prisma, noKick, ticket(source))]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(b.ticket.id).toBe(a.ticket.id);
    expect(await prisma.flowRun.count({ where: { ticketId: a.ticket.id } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { key: `start:${ticketWorkflowId(a.ticket.id)}` } })).toBe(1);

    const [c, d] = await Promise.all([createTicket(prisma, noKick, { ...ticket(source), externalId: "2", customer: { externalId: "new" } }), createTicket(prisma, noKick, { ...ticket(source), externalId: "3", customer: { externalId: "new" } })]);
    expect([c.created, d.created]).toEqual([true, true]);
    expect(d.ticket.customerId).toBe(c.ticket.customerId);
  });

  it("counts the customer's earlier tickets of the last day in the run's snapshot, this one included", async () => {
    const source = uniqueId("outbox-contacts");
    await createTicket(prisma, noKick, ticket(source));
    const second = await createTicket(prisma, noKick, { ...ticket(source), externalId: "2" });
    const message = await prisma.outboxMessage.findUniqueOrThrow({ where: { key: `start:${ticketWorkflowId(second.ticket.id)}` } });
    expect((message.payload as unknown as TicketFlowInput).ticket.customer.contactsLast24h).toBe(2);
  });
});
