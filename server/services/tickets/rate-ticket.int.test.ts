import { describe, expect, it } from "vitest";
import { POST } from "../../../app/api/webhooks/tickets/[id]/rating/route";
import { signedJsonRequest } from "../../../tests/support/signed-webhook";
import { getPrisma } from "../../db";

const prisma = getPrisma();

async function ticket(): Promise<string> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const customer = await prisma.customer.create({ data: { source: "test", externalId: `c-rate-${stamp}` } });
  const t = await prisma.ticket.create({ data: { source: "test", externalId: `t-rate-${stamp}`, customerId: customer.id, subject: "s", body: "b" } });
  return t.id;
}

const rate = (id: string, body: unknown) =>
  POST(signedJsonRequest(`http://local/api/webhooks/tickets/${id}/rating`, body), {
    params: Promise.resolve({ id }),
  });

describe("POST /api/webhooks/tickets/<id>/rating", () => {
  it("records the first rating with its comment for agents and keeps it against a second", async () => {
    const id = await ticket();
    const first = await rate(id, { score: 4, comment: "Quick and kind" });
    expect(first.status).toBe(201);
    const second = await rate(id, { score: 1 });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ rated: false, csat: 4 });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id } })).csat).toBe(4);
    const notes = await prisma.message.findMany({ where: { ticketId: id, author: "system", internal: true } });
    expect(notes.map((n) => n.body)).toEqual(["The customer rated the help 4 out of 5: “Quick and kind”"]);
  });

  it("refuses a score off the scale by name, and a ticket that does not exist", async () => {
    const id = await ticket();
    const bad = await rate(id, { score: 6 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([{ path: "score", message: "score is from 1 to 5" }]);
    expect((await rate("no-such-ticket", { score: 3 })).status).toBe(404);
  });
});
