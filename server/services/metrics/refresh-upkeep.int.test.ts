import type { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { eventually, uniqueId } from "../../../tests/integration/helpers";
import { loadTicketMetricInputs } from "./load-ticket-facts";
import { readMetricContext } from "./refresh-context";
import { metricsRefresher } from "./refresh-loop";
import { refreshMetrics } from "./refresh-metrics";
import { markWindowClosing } from "./refresh-window-closing";
import { rollupSums } from "./rollup-sums";

/** The refresher's upkeep: concurrent workers, windows that close, and what it reads once per refresh. */
const prisma = getPrisma();
const DAY = 86_400_000;

async function queueWith(n: number, tag: string, createdAt: Date, extra: (i: number) => Partial<Prisma.TicketCreateManyInput> = () => ({})) {
  const queue = await prisma.queue.create({ data: { name: `upkeep-${tag}` } });
  const customer = await prisma.customer.create({ data: { source: `upkeep-${tag}`, externalId: "c" } });
  await prisma.ticket.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      source: `upkeep-${tag}`, externalId: String(i), customerId: customer.id, subject: "s", body: "b", queueId: queue.id,
      createdAt, ...extra(i),
    })),
  });
  const ids = (await prisma.ticket.findMany({ where: { queueId: queue.id }, select: { id: true } })).map((t) => t.id);
  return { queueId: queue.id, ids };
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

async function countsOf(queueId: string, day: string) {
  const [row] = await rollupSums(prisma, { from: day, to: day, origin: "all", queueId });
  return row?.sums.counts;
}

describe("refreshMetrics run by two workers at once", () => {
  it("applies each change exactly once", async () => {
    const created = new Date("2018-06-05T10:00:00.000Z");
    const resolved = new Date("2018-06-05T11:00:00.000Z");
    const { queueId, ids } = await queueWith(90, uniqueId("conc"), created, (i) => ({ resolvedAt: i % 3 === 0 ? null : resolved }));
    const now = new Date("2018-07-01T00:00:00.000Z");
    const both = () => Promise.all([refreshMetrics(prisma, { now, batchSize: 7 }), refreshMetrics(prisma, { now, batchSize: 7 })]);

    const first = await both();
    expect(first[0].refreshed + first[1].refreshed).toBeGreaterThanOrEqual(90);
    expect(await countsOf(queueId, dayOf(created))).toMatchObject({ tickets: 90, automated: 60, unresolved: 30, cameBack: 0 });

    // Every ticket changes twice over: reopened, then an agent reply on a third of them.
    await prisma.ticket.updateMany({ where: { queueId }, data: { reopens: 1 } });
    await prisma.message.createMany({ data: ids.filter((_, i) => i % 3 === 1).map((ticketId) => ({ ticketId, author: "agent" as const, body: "hi" })) });
    await both();
    const after = await countsOf(queueId, dayOf(created));
    expect(after).toMatchObject({ tickets: 90, automated: 0, cameBack: 30, human: 30, unresolved: 30, reopened: 90 });
    expect(await prisma.metricTicketFact.count({ where: { ticketId: { in: ids } } })).toBe(90);
  });
});

describe("markWindowClosing", () => {
  it("recounts an automated resolution once its window closes: no longer provisional, its outcome now evidence", async () => {
    const resolvedAt = new Date("2018-09-03T10:00:00.000Z");
    const { queueId, ids } = await queueWith(1, uniqueId("win"), new Date("2018-09-03T09:00:00.000Z"), () => ({ resolvedAt }));
    await prisma.message.create({ data: { ticketId: ids[0]!, author: "ai", body: "Here is how", aiMeta: { model: "test", citations: [] } } });
    const during = new Date(resolvedAt.getTime() + 2 * DAY);
    await refreshMetrics(prisma, { now: during });
    expect(await countsOf(queueId, "2018-09-03")).toMatchObject({ automated: 1, automatedPending: 1, deflected: 1, outcomeCounted: 0 });

    const dirty = () => prisma.metricDirtyTicket.count({ where: { ticketId: ids[0]! } });
    await markWindowClosing(prisma, new Date(resolvedAt.getTime() + 6 * DAY), 7);
    expect(await dirty()).toBe(0);
    const closed = new Date(resolvedAt.getTime() + 8 * DAY);
    expect(await markWindowClosing(prisma, closed, 7)).toBeGreaterThanOrEqual(1);
    expect(await dirty()).toBe(1);
    await refreshMetrics(prisma, { now: closed });
    expect(await countsOf(queueId, "2018-09-03")).toMatchObject({ automated: 1, automatedPending: 0, outcomeCounted: 1, outcomeCorrect: 1 });
    // Counted after its window closed, it is not marked again.
    await markWindowClosing(prisma, new Date(closed.getTime() + DAY), 7);
    expect(await dirty()).toBe(0);
  });
});

describe("loadTicketMetricInputs", () => {
  it("counts durations in business hours only when the workspace set its calendar, and saved time from the category's median", async () => {
    const category = uniqueId("cat");
    // Friday 16:00 UTC, answered Monday 10:00, resolved Monday 12:00.
    const { ids } = await queueWith(4, uniqueId("bh"), new Date("2026-12-04T16:00:00.000Z"), (i) => ({
      category,
      firstResponseAt: new Date("2026-12-07T10:00:00.000Z"),
      resolvedAt: new Date("2026-12-07T12:00:00.000Z"),
      handleTimeSec: [100, 300, 900, null][i] ?? null,
    }));
    const before = await prisma.setting.findUnique({ where: { key: "workspaceCalendar" } });
    try {
      await prisma.setting.deleteMany({ where: { key: "workspaceCalendar" } });
      const clock = await loadTicketMetricInputs(prisma, ids, await readMetricContext(prisma));
      expect(clock[0]!.input).toMatchObject({ firstResponseSec: 66 * 3600, resolutionSec: 68 * 3600, savedSecondsIfAutomated: 300 });

      const calendar = { timeZone: "UTC", hours: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })), holidays: [] };
      await prisma.setting.upsert({ where: { key: "workspaceCalendar" }, create: { key: "workspaceCalendar", value: calendar }, update: { value: calendar } });
      const business = await loadTicketMetricInputs(prisma, ids, await readMetricContext(prisma));
      expect(business[0]!.input).toMatchObject({ firstResponseSec: 2 * 3600, resolutionSec: 4 * 3600 });
    } finally {
      await prisma.setting.deleteMany({ where: { key: "workspaceCalendar" } });
      if (before) await prisma.setting.create({ data: { key: before.key, value: before.value as Prisma.InputJsonValue } });
    }
  });

  it("reads the repeat-contact window from the metrics setting", async () => {
    const before = await prisma.setting.findUnique({ where: { key: "metrics" } });
    try {
      await prisma.setting.upsert({ where: { key: "metrics" }, create: { key: "metrics", value: { repeatContactDays: 3 } }, update: { value: { repeatContactDays: 3 } } });
      expect((await readMetricContext(prisma)).repeatContactDays).toBe(3);
      await prisma.setting.update({ where: { key: "metrics" }, data: { value: { repeatContactDays: "soon" } } });
      expect((await readMetricContext(prisma)).repeatContactDays).toBe(7);
    } finally {
      await prisma.setting.deleteMany({ where: { key: "metrics" } });
      if (before) await prisma.setting.create({ data: { key: before.key, value: before.value as Prisma.InputJsonValue } });
    }
  });
});

describe("metricsRefresher", () => {
  it("counts a new ticket on its own, and stops when asked", async () => {
    const refresher = metricsRefresher({ prisma, intervalMs: 50, log: () => {} });
    refresher.start();
    try {
      const { queueId } = await queueWith(2, uniqueId("loop"), new Date("2018-11-06T10:00:00.000Z"));
      await eventually("the refresher to count the tickets", async () => (await countsOf(queueId, "2018-11-06"))?.tickets === 2);
    } finally {
      await refresher.stop();
    }
    const { ids } = await queueWith(1, uniqueId("stopped"), new Date("2018-11-06T10:00:00.000Z"));
    await new Promise((r) => setTimeout(r, 300));
    expect(await prisma.metricTicketFact.count({ where: { ticketId: ids[0]! } })).toBe(0);
  });
});
