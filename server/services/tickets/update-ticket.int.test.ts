import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { updateTicket } from "./update-ticket";

const prisma = getPrisma();
let ticketId: string;

beforeAll(async () => {
  const customer = await prisma.customer.create({ data: { source: "test", externalId: `c-upd-${Date.now()}` } });
  const ticket = await prisma.ticket.create({
    data: { source: "test", externalId: `t-upd-${Date.now()}`, customerId: customer.id, subject: "s", body: "b", tags: ["vip", "card", "old"] },
  });
  ticketId = ticket.id;
});

describe("updateTicket", () => {
  it("adds tags after the ones there, once, removes others, and sets priority, status and tier", async () => {
    const before = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    await updateTicket(prisma, {
      ticketId,
      changes: { addTags: ["new", "card", "new"], removeTags: ["old"], priority: "urgent", status: "pending", tier: 2 },
      idempotencyKey: `k-upd-${ticketId}-1`,
    });
    const after = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(after.tags).toEqual(["vip", "card", "new"]);
    expect(after).toMatchObject({ priority: "urgent", status: "pending", tier: 2 });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
  });

  it("leaves what a change does not name as it was", async () => {
    await updateTicket(prisma, { ticketId, changes: { removeTags: ["vip"] }, idempotencyKey: `k-upd-${ticketId}-2` });
    const after = await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(after).toMatchObject({ tags: ["card", "new"], priority: "urgent", status: "pending", tier: 2 });
  });

  it("refuses a ticket that does not exist and keeps no effect for it", async () => {
    await expect(updateTicket(prisma, { ticketId: "missing", changes: { tier: 1 }, idempotencyKey: `k-upd-missing-${ticketId}` })).rejects.toThrow();
    expect(await prisma.effect.count({ where: { idempotencyKey: `k-upd-missing-${ticketId}` } })).toBe(0);
  });
});
