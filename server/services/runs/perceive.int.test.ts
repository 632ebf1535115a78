import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import type { AiProvider } from "../../ai/provider";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { exampleGraph, publishLive, uniqueId } from "../../../tests/integration/helpers";
import { perceive } from "./perceive";

const prisma = getPrisma();
let workflowId: string;
let ticketId: string;

/** A model that answers differently each time it is asked, as a hosted LLM may. */
function driftingProvider(): AiProvider {
  let calls = 0;
  const unused = () => Promise.reject(new Error("not asked here"));
  return {
    name: "drifting",
    modelVersion: "test",
    classifyIntent: async () => ({ label: `intent-${++calls}`, confidence: 0.9, alternatives: [] }),
    detectSentiment: async () => ({ label: "neutral", score: 0, frustrated: false, asksForHuman: false }),
    retrieve: unused,
    draftReply: unused,
    summarise: unused,
  };
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  const versionId = await publishLive(prisma, uniqueId("Perceive"), exampleGraph("sla-escalation"));
  const customer = await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } });
  const ticket = await prisma.ticket.create({ data: { source: "test", externalId: uniqueId("t"), customerId: customer.id, subject: "s", body: "my card" } });
  ticketId = ticket.id;
  workflowId = `ticket-${ticket.id}`;
  await prisma.flowRun.create({ data: { ticketId, versionId, workflowId } });
});

describe("perceive", () => {
  it("answers a call run again with what it answered first, and keeps that on the ticket once", async () => {
    const ai = driftingProvider();
    const reads = [
      { name: "classifyIntent" as const, input: { ticketId, text: "my card" } },
      { name: "detectSentiment" as const, input: { ticketId, text: "my card" } },
    ];
    const first = await perceive({ prisma, ai }, { workflowId, memoKey: "c#1", ticketId, dryRun: false, reads });
    const again = await perceive({ prisma, ai }, { workflowId, memoKey: "c#1", ticketId, dryRun: false, reads });
    expect((first.results[0] as { label: string }).label).toBe("intent-1");
    expect(again).toEqual(first);
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).intent).toBe("intent-1");
  });

  it("answers afresh when the same call asks for something else", async () => {
    const ai = driftingProvider();
    await perceive({ prisma, ai }, { workflowId, memoKey: "c#2", ticketId, dryRun: true, reads: [{ name: "classifyIntent", input: { ticketId, text: "one text" } }] });
    const other = await perceive({ prisma, ai }, { workflowId, memoKey: "c#2", ticketId, dryRun: true, reads: [{ name: "classifyIntent", input: { ticketId, text: "another text" } }] });
    expect((other.results[0] as { label: string }).label).toBe("intent-2");
  });
});
