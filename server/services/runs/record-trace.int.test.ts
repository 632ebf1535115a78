import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { exampleGraph, publishLive, uniqueId } from "../../../tests/integration/helpers";
import { recordTrace } from "./record-trace";

/** The step-by-step driver's trace writes, still made by runs recorded before batching when they replay and go on. */
const prisma = getPrisma();
let workflowId: string;

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  const versionId = await publishLive(prisma, uniqueId("Record trace"), exampleGraph("sla-escalation"));
  const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } });
  const ticket = await prisma.ticket.create({ data: { source: "test", externalId: uniqueId("t"), customerId: customer.id, subject: "s", body: "b" } });
  workflowId = `ticket-${ticket.id}`;
  await prisma.flowRun.create({ data: { ticketId: ticket.id, versionId, workflowId } });
});

const line = (seq: number, decision: string) => ({ seq, at: "2026-03-02T10:00:00.000Z", nodeId: `n${seq}`, nodeType: "tag", decision, reason: `step ${seq}` });

describe("recordTrace", () => {
  it("stores new lines and the status, writes a repeated line once, and the outcome when the run completes", async () => {
    await recordTrace(prisma, { workflowId, entries: [line(1, "start"), line(2, "tag")], status: "waiting", outcome: null });
    await recordTrace(prisma, { workflowId, entries: [line(2, "tag"), line(3, "end")], status: "completed", outcome: { kind: "routed" } as never });
    const run = await prisma.flowRun.findUniqueOrThrow({ where: { workflowId }, include: { events: { orderBy: { seq: "asc" } } } });
    expect(run.events.map((e) => `${e.seq} ${e.decision}`)).toEqual(["1 start", "2 tag", "3 end"]);
    expect(run).toMatchObject({ status: "completed", outcome: { kind: "routed" }, decidedAt: null });
    expect(run.completedAt).not.toBeNull();
  });
});
