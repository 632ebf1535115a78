import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../../db";
import { contactsInLast24h, ticketSnapshotOf } from "../../tickets/ticket-snapshot";
import { getTierMap } from "../../tier-map/get-tier-map";
import { importScoped, scopedFacts, scopedTicket, SCOPED_BASE } from "../backtest-test-kit";
import { uniqueId } from "../../../../tests/integration/helpers";
import { ZTicketSelectionSchema } from "../ticket-selection";
import { dbTicketSource, loadHistoricalTickets } from "./db-source";
import { countSelectedTickets, selectTicketIds } from "./select-tickets";

const prisma = getPrisma();
const source = uniqueId("db-source");
const facts = scopedFacts(30);
const HOUR = 3_600_000;

const select = (selection: Record<string, unknown>) => selectTicketIds(prisma, ZTicketSelectionSchema.parse({ sources: [source], ...selection }));
const externalIdsOf = async (ids: string[]) => {
  const rows = await prisma.ticket.findMany({ where: { id: { in: ids } }, select: { id: true, externalId: true } });
  const byId = new Map(rows.map((r) => [r.id, r.externalId]));
  return ids.map((id) => byId.get(id));
};

describe("the database ticket source", () => {
  beforeAll(async () => {
    await importScoped(prisma, source, facts.map(scopedTicket));
  }, 60_000);

  it("selects by source, date range, category and queue, in creation order", async () => {
    expect(await externalIdsOf(await select({}))).toEqual(facts.map((f) => f.externalId));
    const window = await select({ from: new Date(SCOPED_BASE.getTime() + 5 * HOUR).toISOString(), to: new Date(SCOPED_BASE.getTime() + 9 * HOUR).toISOString() });
    expect(await externalIdsOf(window)).toEqual(["t5", "t6", "t7", "t8"]);
    const billing = await select({ categories: ["billing"] });
    expect(await externalIdsOf(billing)).toEqual(facts.filter((f) => f.category === "billing").map((f) => f.externalId));
    const enterprise = await select({ queues: ["enterprise"] });
    expect(await externalIdsOf(enterprise)).toEqual(facts.filter((f) => f.queue === "enterprise").map((f) => f.externalId));
  });

  it("counts what a selection matches and what its sample replays, as the selection itself finds them", async () => {
    const count = (selection: Record<string, unknown>) => countSelectedTickets(prisma, ZTicketSelectionSchema.parse({ sources: [source], ...selection }));
    const window = { from: new Date(SCOPED_BASE.getTime() + 5 * HOUR).toISOString(), to: new Date(SCOPED_BASE.getTime() + 9 * HOUR).toISOString() };
    expect(await count({})).toEqual({ matching: facts.length, replayed: facts.length });
    expect(await count(window)).toEqual({ matching: 4, replayed: 4 });
    expect(await count({ ...window, sampleSize: 3 })).toEqual({ matching: 4, replayed: 3 });
    expect(await count({ ...window, sampleSize: 10 })).toEqual({ matching: 4, replayed: 4 });
    for (const selection of [{ categories: ["billing"] }, { queues: ["enterprise"] }, { queues: ["enterprise"], categories: ["billing"] }]) {
      expect((await count(selection)).matching).toBe((await select(selection)).length);
    }
    expect(await count({ categories: ["no-such-category"] })).toEqual({ matching: 0, replayed: 0 });
  });

  it("samples reproducibly: the same seed gives the same tickets, in creation order; another seed others", async () => {
    const all = await select({});
    const a = await select({ sampleSize: 10, seed: 7 });
    expect(a).toHaveLength(10);
    expect(await select({ sampleSize: 10, seed: 7 })).toEqual(a);
    expect(a).toEqual(all.filter((id) => a.includes(id)));
    expect(await select({ sampleSize: 10, seed: 8 })).not.toEqual(a);
  });

  it("builds each ticket as it arrived, with its later replies, resolution and recorded outcome", async () => {
    const ids = await select({});
    const [t0, t1] = await loadHistoricalTickets(prisma, [ids[0]!, ids[1]!]);
    expect(t0!.snapshot).toMatchObject({ id: ids[0], source, externalId: "t0", status: "new", queue: null, channel: "chat", body: "Ticket 0: where is my card?" });
    expect(t0!.snapshot.customer).toMatchObject({ enterprise: true, contactsLast24h: 1 });
    expect(t1!.snapshot.customer).toMatchObject({ enterprise: true, contactsLast24h: 2 });
    expect(t0!.snapshot.tierMap ?? null).toEqual(await getTierMap(prisma));
    const at = (minutes: number) => new Date(SCOPED_BASE.getTime() + minutes * 60_000).toISOString();
    expect(t0!.timeline).toEqual([
      { type: "agent.replied", at: at(10), author: "Bo", body: "We are on it" },
      { type: "customer.replied", at: at(20), body: "Any news?" },
      { type: "ticket.updated", at: at(45), changes: { status: "solved" } },
    ]);
    expect(t0!.recorded).toEqual({
      category: "card_arrival", queue: "enterprise", tier: null, escalated: false, firstResponseAt: at(10), resolvedAt: at(45), handleTimeSec: 240, csat: null,
    });
  });

  it("counts repeat contacts exactly as the live ingest does", async () => {
    const ids = await select({});
    const loaded = await loadHistoricalTickets(prisma, ids);
    for (const [i, ticket] of loaded.entries()) {
      const row = await prisma.ticket.findUniqueOrThrow({ where: { id: ids[i]! }, select: { customerId: true, createdAt: true } });
      expect(ticket.snapshot.customer.contactsLast24h).toBe(await contactsInLast24h(prisma, row.customerId, row.createdAt));
    }
  });

  it("builds the same snapshot from its one query as the live path builds from the stored ticket", async () => {
    const ids = await select({});
    const loaded = await loadHistoricalTickets(prisma, ids);
    const tierMap = await getTierMap(prisma);
    for (const [i, ticket] of loaded.entries()) {
      const stored = await prisma.ticket.findUniqueOrThrow({ where: { id: ids[i]! }, include: { customer: true } });
      const contacts = await contactsInLast24h(prisma, stored.customerId, stored.createdAt);
      expect(ticket.snapshot).toEqual(ticketSnapshotOf({ ...stored, status: "new" }, contacts, null, tierMap));
    }
  });

  it("streams the tickets page by page in the order of the ids", async () => {
    const ids = await select({});
    const streamed: string[] = [];
    for await (const t of dbTicketSource(prisma, ids, 7)) streamed.push(t.snapshot.id);
    expect(streamed).toEqual(ids);
  });
});
