import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { toImportItem, type ImportItem, type TImportTicketInput } from "../../../lib/history-import/import-record";
import { uniqueId } from "../../../tests/integration/helpers";
import { importTickets } from "./import-tickets";

const prisma = getPrisma();

function ticket(id: string, overrides: Partial<TImportTicketInput> = {}): TImportTicketInput {
  return {
    externalId: id,
    subject: `Subject ${id}`,
    body: `My card ${id} has not arrived`,
    createdAt: "2026-10-01T09:00:00.000Z",
    firstResponseAt: "2026-10-01T09:30:00.000Z",
    queue: "cards",
    customer: { externalId: "cust-1", name: "Ava Adams" },
    messages: [
      { externalId: "m1", author: "customer", body: `My card ${id} has not arrived`, createdAt: "2026-10-01T09:00:00.000Z" },
      { externalId: "m2", author: "agent", authorName: "Luis", body: "It is on its way.", createdAt: "2026-10-01T09:30:00.000Z" },
    ],
    ...overrides,
  };
}

const items = (inputs: unknown[]): ImportItem[] => inputs.map((input, i) => toImportItem({ record: i + 1 }, input));

describe("importTickets", () => {
  it("imports good records, rejects bad ones with their position, and a second run changes nothing", async () => {
    const source = uniqueId("import-test");
    const file = items([ticket("t1"), { ...ticket("t2"), createdAt: "yesterday-ish" }, ticket("t3", { queue: uniqueId("new-queue") }), { ...ticket("t4"), body: "" }]);

    const first = await importTickets(prisma, file, { source, batchSize: 2 });
    expect(first).toMatchObject({ records: 4, imported: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(first.rejections).toEqual([
      { record: 2, reason: "createdAt: Not a valid date" },
      { record: 4, reason: "body: The ticket has no text" },
    ]);
    expect(await prisma.ticket.count({ where: { source } })).toBe(2);
    expect(await prisma.message.count({ where: { ticket: { source } } })).toBe(4);
    expect(await prisma.customer.count({ where: { source } })).toBe(1);
    const t3 = await prisma.ticket.findFirstOrThrow({ where: { source, externalId: "t3" }, include: { queue: true } });
    expect(t3.queue?.name).toMatch(/^new-queue/);

    const again = await importTickets(prisma, file, { source });
    expect(again).toMatchObject({ records: 4, imported: 0, updated: 0, unchanged: 2, rejected: 2 });
  });

  it("an updated export updates tickets and messages in place and keeps customer facts the file leaves out", async () => {
    const source = uniqueId("import-test");
    await importTickets(prisma, items([ticket("t1", { customer: { externalId: "c9", plan: "enterprise", enterprise: true } }), ticket("t2")]), { source });
    const before = await prisma.ticket.findFirstOrThrow({ where: { source, externalId: "t1" } });

    const changed = ticket("t1", {
      status: "solved",
      csat: 5,
      customer: { externalId: "c9", email: "c9@example.com" },
      messages: [...ticket("t1").messages!, { externalId: "m3", author: "agent", body: "Solved.", createdAt: "2026-10-02T09:00:00.000Z" }],
    });
    const result = await importTickets(prisma, items([changed, ticket("t2")]), { source });
    expect(result).toMatchObject({ imported: 0, updated: 1, unchanged: 1, rejected: 0 });

    const after = await prisma.ticket.findFirstOrThrow({ where: { source, externalId: "t1" }, include: { customer: true, messages: true } });
    expect(after.id).toBe(before.id);
    expect(after).toMatchObject({ status: "solved", csat: 5 });
    expect(after.messages).toHaveLength(3);
    expect(after.customer).toMatchObject({ email: "c9@example.com", plan: "enterprise", enterprise: true });
  });

  it("the same ticket twice in one file: the later copy updates the earlier one", async () => {
    const source = uniqueId("import-test");
    const counts: number[] = [];
    const result = await importTickets(prisma, items([ticket("t1"), ticket("t1", { status: "solved" })]), {
      source,
      onBatch: (c) => void counts.push(c.imported + c.updated + c.unchanged),
    });
    expect(result).toMatchObject({ records: 2, imported: 1, updated: 1 });
    expect(counts).toEqual([1, 2]);
    expect((await prisma.ticket.findFirstOrThrow({ where: { source, externalId: "t1" } })).status).toBe("solved");
  });
});
