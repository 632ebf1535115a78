import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import type { AiProvider } from "../../ai/provider";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { exampleGraph, publishLive, uniqueId } from "../../../tests/integration/helpers";
import type { LookupPort } from "../lookups/lookup-types";
import { lookupForRun } from "./lookup-for-run";
import { perceive } from "./perceive";

const prisma = getPrisma();
let ticketId: string;
let workflowId: string;

/** A data source that answers with how many times it was asked, or throws. */
function countingPort(fail = false): LookupPort & { asked: Array<{ ticketId: string | null; subject: string }> } {
  const asked: Array<{ ticketId: string | null; subject: string }> = [];
  return {
    asked,
    sourcesFor: async () => [],
    async lookup({ source, ticketId, context }) {
      asked.push({ ticketId, subject: context.ticket.subject });
      if (fail) throw new Error("connection reset");
      return { source, status: "found", request: `/orders/${asked.length}`, fields: { n: asked.length } };
    },
  };
}

const noAi = {} as AiProvider;

beforeAll(async () => {
  const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } });
  const ticket = await prisma.ticket.create({ data: { source: "test", externalId: uniqueId("t"), customerId: customer.id, subject: "Order 48213", body: "Where is it?" } });
  ticketId = ticket.id;
  await seedWorkspace(prisma, { demoHistory: false });
  const versionId = await publishLive(prisma, uniqueId("Lookup reads"), exampleGraph("sla-escalation"));
  workflowId = `ticket-${ticket.id}`;
  await prisma.flowRun.create({ data: { ticketId, versionId, workflowId } });
});

describe("lookupForRun", () => {
  it("asks the port about the ticket as the database holds it", async () => {
    const port = countingPort();
    expect(await lookupForRun({ prisma, lookups: port }, { ticketId, source: "orders" })).toMatchObject({ status: "found", request: "/orders/1" });
    expect(port.asked).toEqual([{ ticketId, subject: "Order 48213" }]);
  });

  it("turns every trouble into a failed result, never a thrown activity failure", async () => {
    expect(await lookupForRun({ prisma, lookups: countingPort(true) }, { ticketId, source: "orders" })).toEqual({
      source: "orders",
      status: "failed",
      request: null,
      fields: {},
      error: "The lookup failed: connection reset",
    });
    expect(await lookupForRun({ prisma, lookups: countingPort() }, { ticketId: "no-such-ticket", source: "orders" })).toMatchObject({ status: "failed", error: "The ticket is not in the studio's database" });
    expect(await lookupForRun({ prisma }, { ticketId, source: "orders" })).toMatchObject({ status: "failed" });
  });

  it("is answered by perceive, which keeps the answer under the asking call like any read (a shadow run looks up too)", async () => {
    const port = countingPort();
    const reads = [{ name: "lookupData" as const, input: { ticketId, source: "orders", dryRun: true } }];
    const first = await perceive({ prisma, ai: noAi, lookups: port }, { workflowId, memoKey: "look#1", ticketId, dryRun: true, reads });
    const again = await perceive({ prisma, ai: noAi, lookups: port }, { workflowId, memoKey: "look#1", ticketId, dryRun: true, reads });
    expect(first.results).toEqual([{ source: "orders", status: "found", request: "/orders/1", fields: { n: 1 } }]);
    expect(again).toEqual(first);
  });
});
