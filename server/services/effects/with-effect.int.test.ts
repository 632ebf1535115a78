import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { routeTicket } from "../tickets/route-ticket";
import { resolveTicket } from "../tickets/resolve-ticket";

/** Activity retries and replays call the same effect again: it must act once and answer the same. */
const prisma = getPrisma();
let ticketId: string;

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  const customer = await prisma.customer.create({ data: { source: "test", externalId: `c-${Date.now()}` } });
  const ticket = await prisma.ticket.create({ data: { source: "test", externalId: `t-${Date.now()}`, customerId: customer.id, subject: "s", body: "b" } });
  ticketId = ticket.id;
});

describe("withEffect", () => {
  it("a repeated call with the same key acts once and returns the first result", async () => {
    const input = { ticketId, queue: "cards", strategy: "least-loaded", skills: [], idempotencyKey: `k-route-${ticketId}` };
    const first = await routeTicket(prisma, input);
    await prisma.ticket.update({ where: { id: ticketId }, data: { queueId: null, assignee: null } });
    const again = await routeTicket(prisma, input);
    expect(again).toEqual(first);
    expect(await prisma.effect.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    // The repeat did not act: the ticket stays as the test left it.
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).queueId).toBeNull();
  });

  it("concurrent attempts with one key produce one effect and one message", async () => {
    const key = `k-resolve-${ticketId}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => resolveTicket(prisma, { ticketId, message: "Solved!", idempotencyKey: key })));
    expect(results.filter((r) => r.duplicate === false)).toHaveLength(1);
    expect(new Set(results.map((r) => r.effectId)).size).toBe(1);
    expect(await prisma.effect.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await prisma.message.count({ where: { ticketId, body: "Solved!" } })).toBe(1);
  });

  it("a failed action leaves no effect behind, so the retry acts", async () => {
    const input = { ticketId, queue: "no-such-queue", strategy: "round-robin", skills: [], idempotencyKey: `k-bad-${ticketId}` };
    await expect(routeTicket(prisma, input)).rejects.toThrow('Queue "no-such-queue" does not exist');
    expect(await prisma.effect.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
  });
});
