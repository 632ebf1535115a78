import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { toImportItem, type TImportTicketInput } from "../../../../lib/history-import/import-record";
import { getPrisma } from "../../../db";
import { importTickets } from "../../../services/history-import/import-tickets";
import { auditFixture, FIXTURE_NOW } from "../../../services/history-audit/audit-fixture";
import { contextAs } from "../../../../tests/auth";
import { uniqueId } from "../../../../tests/integration/helpers";

/** historyAudit.* through the router, as the audit page calls it. */
const prisma = getPrisma();
const source = uniqueId("audit-test-router");
const category = uniqueId("drill-down");

beforeAll(async () => {
  const base = auditFixture().tickets;
  const tickets: TImportTicketInput[] = base.slice(0, 5).map((t, i) => ({ ...t, category: i < 3 ? category : t.category }));
  await importTickets(prisma, tickets.map((t, i) => toImportItem({ record: i + 1 }, t)), { source });
});

describe("historyAudit", () => {
  const manager = createCaller(contextAs("manager"));
  const designer = createCaller(contextAs("designer"));

  it("latest only reads: with no stored audit it says so and stores nothing", async () => {
    const saved = await prisma.auditReport.findMany();
    await prisma.auditReport.deleteMany({});
    try {
      expect(await manager.historyAudit.latest()).toEqual({ audit: null, ticketsNow: await prisma.ticket.count() });
      expect(await prisma.auditReport.count()).toBe(0);
    } finally {
      for (const row of saved) await prisma.auditReport.create({ data: { ...row, report: row.report as object } });
    }
  });

  it("refresh stores a report that latest then returns, with the current ticket count", async () => {
    const fresh = await designer.historyAudit.refresh({ sources: [source] });
    expect(fresh.report.totals.tickets).toBe(5);
    expect(fresh.report.categories.map((c) => [c.category, c.tickets])).toEqual([
      [category, 3],
      ["card_lost", 2],
    ]);
    const latest = await manager.historyAudit.latest();
    expect(latest?.audit?.id).toBe(fresh.id);
    expect(latest?.ticketsNow).toBe(await prisma.ticket.count());
    expect(latest?.audit?.createdAt).toBeInstanceOf(Date);
  });

  it("categoryTickets pages through a category, newest first", async () => {
    const first = await manager.historyAudit.categoryTickets({ category, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await manager.historyAudit.categoryTickets({ category, limit: 2, cursor: first.nextCursor });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const times = [...first.items, ...second.items].map((t) => t.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.every((t) => t <= FIXTURE_NOW.getTime())).toBe(true);
  });

  it("refuses roles without history.read, and running the audit (it writes categories) to those who may only read", async () => {
    const agent = createCaller(contextAs("agent"));
    await expect(agent.historyAudit.latest()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(agent.historyAudit.refresh({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const before = await prisma.auditReport.count();
    await expect(manager.historyAudit.refresh({ sources: [source] })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Running the ticket-history audit needs the designer, publisher or admin role; you are a manager",
    });
    expect(await prisma.auditReport.count()).toBe(before);
  });
});
