import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { getPrisma } from "../../db";
import { createCaller } from "../../api/root";
import { contextAs } from "../../../tests/auth";
import { uniqueId } from "../../../tests/integration/helpers";
import { agentLabelledRows } from "../intent-models/training-rows";

const prisma = getPrisma();
let customerId: string;

async function ticket(body: string, imported = false): Promise<string> {
  const row = await prisma.ticket.create({
    data: { source: "test", externalId: uniqueId("t"), customerId, subject: body, body, intent: "unknown", importHash: imported ? uniqueId("hash") : null },
  });
  return row.id;
}

beforeAll(async () => {
  customerId = (await prisma.customer.create({ data: { source: "test", externalId: uniqueId("c") } })).id;
});

// The labels would be training rows for the files after this one: take the tickets, and their labels with them.
afterAll(async () => {
  await prisma.ticket.deleteMany({ where: { customerId } });
});

describe("labelling a possible new intent's examples", () => {
  it("makes each live ticket an agent-labelled training row and audits the batch", async () => {
    const intent = uniqueId("engraving");
    const ids = [await ticket("Engraving on the lamp base"), await ticket("Engraving text for a lamp")];
    const designer = createCaller(contextAs("designer", "dana@test.local"));
    expect(await designer.aiModels.labelTickets({ ticketIds: ids, intent })).toEqual({ labelled: 2 });

    const rows = (await agentLabelledRows(prisma)).filter((r) => ids.includes(r.ticketId));
    expect(rows.map((r) => ({ label: r.label, agent: r.agent })).sort()).toEqual([
      { label: intent, agent: "dana@test.local" },
      { label: intent, agent: "dana@test.local" },
    ]);
    // It names no message, so no reply and no article is flagged by it.
    expect(await prisma.feedback.count({ where: { ticketId: { in: ids }, messageId: { not: null } } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "ai.label-tickets", subject: intent } });
    expect(audit).toMatchObject({ actor: "dana@test.local", details: { intent, ticketIds: ids } });
  });

  it("refuses imported history and tickets that no longer exist, writing nothing", async () => {
    const designer = createCaller(contextAs("designer"));
    const live = await ticket("Courier left the sofa outside");
    const imported = await ticket("Courier left the sofa outside", true);
    await expect(designer.aiModels.labelTickets({ ticketIds: [live, imported], intent: "loyalty" })).rejects.toThrow(/Imported tickets keep the helpdesk's labels/);
    await expect(designer.aiModels.labelTickets({ ticketIds: [live, "no-such-ticket"], intent: "loyalty" })).rejects.toThrow(/no longer exist/);
    expect(await prisma.feedback.count({ where: { ticketId: { in: [live, imported] } } })).toBe(0);
  });

  it("is for those who may train models", async () => {
    const id = await ticket("Anything");
    const error = await createCaller(contextAs("agent")).aiModels.labelTickets({ ticketIds: [id], intent: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
  });
});
