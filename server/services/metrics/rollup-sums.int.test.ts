import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TMetricFilters } from "@/lib/metrics/filters";
import { getPrisma } from "../../db";
import { applyRollupDelta, RollupDelta } from "./apply-rollup-delta";
import type { TMetricCell } from "./load-ticket-facts";
import { rollupCounts, rollupSums } from "./rollup-sums";
import { deleteTestCells, insertTestCells } from "./test-rollup-cells";

/**
 * rollupSums on a real PostgreSQL over cells written directly: a span of days no other test writes (2091), so the
 * sums are exactly the cells below.
 */
const prisma = getPrisma();
const FROM = "2091-03-01";
const TO = "2091-03-31";
const all: TMetricFilters = { from: FROM, to: TO, origin: "all" };

beforeAll(async () => {
  await deleteTestCells(prisma, FROM, TO);
  await insertTestCells(prisma, [
    // Monday 2091-03-05 week: two days, two categories.
    { day: "2091-03-05", category: "billing", tier: 1, channel: "email", queueId: "q1", flowId: "f1", versionId: "v1", connectionId: "c1",
      counts: { tickets: 10, automated: 6, resolved: 9, agentSecondsSaved: 3600, csatAutomatedCount: 2, csatAutomatedSum: 9, csatAutomatedHappy: 2 },
      hist: { frtHuman: [0, 2, 1], resolutionAutomated: [1] } },
    { day: "2091-03-06", category: "billing", tier: 1, channel: "chat", queueId: "q1", flowId: "f1", versionId: "v2", connectionId: "c1",
      counts: { tickets: 4, automated: 1, resolved: 4 }, hist: { frtHuman: [1, 0, 0, 5] } },
    { day: "2091-03-07", category: "shipping", tier: 2, channel: "email", queueId: "q2", origin: "imported",
      counts: { tickets: 5, human: 5, resolved: 5, escalated: 2 }, escalationReason: "asked-for-human" },
    // The next week.
    { day: "2091-03-13", category: "shipping", tier: 2, channel: "web", queueId: "q2", flowId: "f1", versionId: "v2", connectionId: "c2",
      counts: { tickets: 3, automated: 3, resolved: 3 }, hist: { frtHuman: [0, 0, 0, 0, 1] } },
  ]);
});

afterAll(async () => {
  await deleteTestCells(prisma, FROM, TO);
});

describe("rollupSums", () => {
  it("adds up every cell in the days, counts and histograms element by element", async () => {
    const [only, ...rest] = await rollupSums(prisma, all);
    expect(rest).toEqual([]);
    expect(only!.group).toEqual({});
    expect(only!.sums.counts).toMatchObject({ tickets: 22, automated: 10, resolved: 21, human: 5, escalated: 2, agentSecondsSaved: 3600, csatAutomatedSum: 9 });
    expect(only!.sums.hist.frtHuman).toEqual([1, 2, 1, 5, 1]);
    expect(only!.sums.hist.resolutionAutomated).toEqual([1]);
    expect(only!.sums.hist.handleHuman).toEqual([]);
  });

  it("groups by week, the Monday's day", async () => {
    const weeks = await rollupSums(prisma, all, ["week"]);
    expect(weeks.map((w) => [w.group.week, w.sums.counts.tickets, w.sums.hist.frtHuman])).toEqual([
      ["2091-03-05", 19, [1, 2, 1, 5]],
      ["2091-03-12", 3, [0, 0, 0, 0, 1]],
    ]);
  });

  it("groups by week and category", async () => {
    const cells = await rollupSums(prisma, all, ["week", "category"]);
    expect(cells.map((c) => [c.group.week, c.group.category, c.sums.counts.tickets])).toEqual([
      ["2091-03-05", "billing", 14],
      ["2091-03-05", "shipping", 5],
      ["2091-03-12", "shipping", 3],
    ]);
  });

  it("keeps only the days asked for, inclusive", async () => {
    const [sums] = await rollupSums(prisma, { ...all, from: "2091-03-06", to: "2091-03-07" });
    expect(sums!.sums.counts.tickets).toBe(9);
  });

  it.each([
    [{ origin: "live" as const }, 17],
    [{ origin: "imported" as const }, 5],
    [{ category: "billing" }, 14],
    [{ tier: 2 }, 8],
    [{ channel: "email" }, 15],
    [{ queueId: "q2" }, 8],
    [{ flowId: "f1" }, 17],
    [{ flowId: "" }, 5],
    [{ versionId: "v2" }, 7],
    [{ connectionId: "c2" }, 3],
  ])("filters by %o", async (narrow, tickets) => {
    const [sums] = await rollupSums(prisma, { ...all, ...narrow });
    expect(sums!.sums.counts.tickets).toBe(tickets);
  });

  it("answers zeros for days with no cells", async () => {
    const [sums] = await rollupSums(prisma, { ...all, from: "2091-03-20", to: "2091-03-25" });
    expect(sums!.sums.counts.tickets).toBe(0);
    expect(sums!.sums.hist.frtHuman).toEqual([]);
    expect(await rollupSums(prisma, { ...all, from: "2091-03-20", to: "2091-03-25" }, ["week"])).toEqual([]);
  });
});

describe("rollupCounts", () => {
  it("sums only the columns asked for, per group", async () => {
    const reasons = await rollupCounts(prisma, all, ["escalationReason"], ["escalated", "tickets"]);
    expect(reasons).toEqual([
      { group: { escalationReason: "" }, counts: { escalated: 0, tickets: 17 } },
      { group: { escalationReason: "asked-for-human" }, counts: { escalated: 2, tickets: 5 } },
    ]);
  });
});

describe("the weekly tables", () => {
  // 2091-03-05 and 2091-03-12 are Mondays: 03-05..03-18 is two whole weeks, read from the weekly tables.
  const twoWeeks: TMetricFilters = { ...all, from: "2091-03-05", to: "2091-03-18" };

  it("give the same sums as the daily cells", async () => {
    const weekly = await rollupSums(prisma, twoWeeks, ["week", "category"]);
    // A queue filter that every cell of the span matches reads the daily cells only.
    const daily = await Promise.all(["q1", "q2"].map((queueId) => rollupSums(prisma, { ...twoWeeks, queueId }, ["week", "category"])));
    expect(weekly).toEqual(daily.flat().sort((a, b) => `${a.group.week}${a.group.category}`.localeCompare(`${b.group.week}${b.group.category}`)));
  });

  it("follow a cell's update and delete", async () => {
    const cell = { day: new Date("2091-03-13T00:00:00.000Z"), origin: "live", category: "shipping", tier: 2, channel: "web", queueId: "q2", flowId: "f1", versionId: "v2", connectionId: "c2", escalationReason: "" };
    await prisma.metricRollup.update({
      where: { day_origin_category_tier_channel_queueId_flowId_versionId_connectionId_escalationReason: cell },
      data: { tickets: { increment: 2 }, frtHuman: [0, 0, 0, 0, 1, 2] },
    });
    const [after] = await rollupSums(prisma, { ...twoWeeks, category: "shipping", from: "2091-03-12" });
    expect(after!.sums.counts.tickets).toBe(5);
    expect(after!.sums.hist.frtHuman).toEqual([0, 0, 0, 0, 1, 2]);
    await prisma.metricRollup.delete({ where: { day_origin_category_tier_channel_queueId_flowId_versionId_connectionId_escalationReason: cell } });
    const [gone] = await rollupSums(prisma, { ...twoWeeks, category: "shipping", from: "2091-03-12" });
    expect(gone!.sums.counts.tickets).toBe(0);
    expect(gone!.sums.hist.frtHuman).toEqual([]);
    // The week keeps its other cells.
    expect(await rollupSums(prisma, twoWeeks, ["week"])).toHaveLength(1);
  });

  it("follow the refresher's writes: cells added to, created and emptied in one statement each", async () => {
    const cell = (day: string, category: string): TMetricCell => ({ day, origin: "live", category, tier: 1, channel: "email", queueId: "q9", flowId: "", versionId: "", connectionId: "", escalationReason: "" });
    const delta = new RollupDelta();
    delta.add(cell("2091-03-19", "refunds"), { counts: { tickets: 1, automated: 1 }, hist: { resolutionAutomated: 3 } }, 1);
    delta.add(cell("2091-03-20", "refunds"), { counts: { tickets: 1 }, hist: { frtHuman: 2 } }, 1);
    await applyRollupDelta(prisma, delta.changed());
    // The same cells again (ON CONFLICT ... DO UPDATE), one moved out of and one into a new cell.
    const again = new RollupDelta();
    again.add(cell("2091-03-19", "refunds"), { counts: { tickets: 1, automated: 1 }, hist: { resolutionAutomated: 3 } }, 1);
    again.add(cell("2091-03-20", "refunds"), { counts: { tickets: 1 }, hist: { frtHuman: 2 } }, -1);
    again.add(cell("2091-03-21", "refunds"), { counts: { tickets: 1 }, hist: { frtHuman: 4 } }, 1);
    await applyRollupDelta(prisma, again.changed());
    // 2091-03-19 is a Monday: the week 03-19..03-25 reads from the weekly tables, the same days with a queue filter from the daily cells.
    const week = { ...all, from: "2091-03-19", to: "2091-03-25", category: "refunds" };
    const [weekly] = await rollupSums(prisma, week);
    const [daily] = await rollupSums(prisma, { ...week, queueId: "q9" });
    expect(weekly!.sums).toEqual(daily!.sums);
    expect(weekly!.sums.counts).toMatchObject({ tickets: 3, automated: 2 });
    expect(weekly!.sums.hist.resolutionAutomated).toEqual([0, 0, 2]);
    expect(weekly!.sums.hist.frtHuman).toEqual([0, 0, 0, 1]);
  });

  it("are emptied with the daily cells (a rebuild truncates them)", async () => {
    await prisma.$executeRaw`TRUNCATE "MetricRollup"`;
    const left = await prisma.$queryRaw<Array<{ n: number }>>`
      SELECT ((SELECT count(*) FROM "MetricWeekCount") + (SELECT count(*) FROM "MetricWeekCountTotal") + (SELECT count(*) FROM "MetricWeekHist")
        + (SELECT count(*) FROM "MetricWeekHistTotal"))::int AS n`;
    expect(left[0]!.n).toBe(0);
  });
});
