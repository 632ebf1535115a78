import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { ServiceError } from "../lib/service-error";
import { addDays, dayMs } from "../../../workflows/metrics/weeks";
import { retireTarget } from "./retire-target";
import { setTarget } from "./set-target";
import { targetBoard } from "./target-board";

/**
 * Quarterly targets on seeded rollup rows, in weeks of 2031 no other test writes (the service is given "today"):
 * setting one measures its baseline, a change is a new version keeping the baseline and due day, a stale or
 * duplicate save is refused, retiring keeps the versions, every step is in the audit log, and the board reads
 * each target's status from the weekly series.
 */
const prisma = getPrisma();
const TODAY = "2031-06-18"; // a Wednesday
const MONDAY = "2031-06-16";
const CHANNEL = "targets-int-test";
const MANAGER = "manager@targets.test";
const overall3 = { metric: "automation-rate" as const, category: "", horizonMonths: 3 as const };

/*
 * Thirteen full weeks, i = 0 (oldest) .. 12, 500 tickets a week:
 *   Billing  100 tickets,  80 automated (autonomous, 80%)
 *   Refunds  200 tickets,  20 + 2i automated (the rise)
 *   Shipping 100 tickets,  5 or 15 automated (noisy, flat), Login 100 tickets, the mirror image, so the sum stays on a line
 * Overall: (120 + 2i) / 500 = 0.292 + 0.004x, with x = i − 13 weeks from this Monday.
 */
function seededRows() {
  const rows = [];
  for (let i = 0; i < 13; i++) {
    const day = new Date(dayMs(addDays(MONDAY, -7 * (13 - i))));
    const swing = i % 2 === 1 ? 5 : -5;
    for (const [category, tickets, automated] of [
      ["Billing", 100, 80],
      ["Refunds", 200, 20 + 2 * i],
      ["Shipping", 100, 10 + swing],
      ["Login", 100, 10 - swing],
    ] as const) {
      rows.push({ day, origin: "imported", category, tier: 0, channel: CHANNEL, queueId: "", flowId: "", versionId: "", connectionId: "", escalationReason: "", tickets, automated, resolved: tickets });
    }
  }
  return rows;
}

beforeAll(async () => {
  await prisma.target.deleteMany({});
  await prisma.metricRollup.deleteMany({ where: { channel: CHANNEL } });
  await prisma.metricRollup.createMany({ data: seededRows() });
});

afterAll(async () => {
  await prisma.metricRollup.deleteMany({ where: { channel: CHANNEL } });
  await prisma.target.deleteMany({});
});

async function refusal(p: Promise<unknown>): Promise<string> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  return (error as ServiceError).message;
}

describe("quarterly targets", () => {
  it("sets, changes and retires a target as versions, each audited, and refuses stale or duplicate saves", async () => {
    const v1 = await setTarget(prisma, { key: overall3, value: 0.34, note: "First quarter" }, MANAGER, TODAY);
    // The last four full weeks (i = 9..12): (4 · 120 + 2 · 42) / 2000.
    expect(v1).toMatchObject({ version: 1, value: 0.34, startsOn: TODAY, dueOn: "2031-09-18", note: "First quarter", createdBy: MANAGER });
    expect(v1.baseline).toBeCloseTo(564 / 2000, 12);

    expect(await refusal(setTarget(prisma, { key: overall3, value: 0.4 }, MANAGER, TODAY))).toBe(
      "There is already a 3-month automation rate target; change it instead of setting a new one.",
    );
    const v2 = await setTarget(prisma, { key: overall3, expectedVersion: 1, value: 0.36, note: "Refunds flow is live" }, MANAGER, "2031-06-25");
    expect(v2).toMatchObject({ version: 2, value: 0.36, startsOn: TODAY, dueOn: "2031-09-18", baseline: v1.baseline });
    expect(await refusal(setTarget(prisma, { key: overall3, expectedVersion: 1, value: 0.5 }, MANAGER, TODAY))).toMatch(/was changed or retired since you opened it/);

    expect(await refusal(retireTarget(prisma, { key: overall3, expectedVersion: 1 }, MANAGER))).toMatch(/was changed or retired/);
    await retireTarget(prisma, { key: overall3, expectedVersion: 2 }, MANAGER);
    const afterRetire = await targetBoard(prisma, { today: TODAY });
    expect(afterRetire.targets.find((t) => t.history.key.metric === "automation-rate" && t.history.key.category === "" && t.history.key.horizonMonths === 3)).toBeUndefined();
    const retired = afterRetire.retired.find((h) => h.key.category === "" && h.key.horizonMonths === 3)!;
    expect(retired.versions.map((v) => [v.version, v.value, v.retiredAt !== null])).toEqual([
      [2, 0.36, true],
      [1, 0.34, true],
    ]);

    // Set again after retiring: a new start, due date and baseline, as the next version.
    const v3 = await setTarget(prisma, { key: overall3, value: 0.34 }, MANAGER, "2031-06-25");
    expect(v3).toMatchObject({ version: 3, startsOn: "2031-06-25", dueOn: "2031-09-25" });

    const audit = await prisma.auditLog.findMany({ where: { actor: MANAGER, subject: "automation-rate/all/3m" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["target.set", "target.change", "target.retire", "target.set"]);
    expect(audit[1]!.details).toMatchObject({ version: 2, value: 0.36, previous: 0.34, dueOn: "2031-09-18", note: "Refunds flow is live" });
  });

  it("reads each target's actual, projection and status from the weekly rollup, and says what would have to change", async () => {
    await setTarget(prisma, { key: { ...overall3, horizonMonths: 6 }, value: 0.45 }, MANAGER, TODAY);
    await setTarget(prisma, { key: { ...overall3, category: "Shipping" }, value: 0.2 }, MANAGER, TODAY);
    await setTarget(prisma, { key: { ...overall3, category: "Shipping", horizonMonths: 6 }, value: 0.3 }, MANAGER, TODAY);
    const board = await targetBoard(prisma, { today: TODAY });
    const find = (category: string, horizonMonths: number) => board.targets.find((t) => t.history.key.category === category && t.history.key.horizonMonths === horizonMonths)!;
    expect(board.categories).toEqual(["Refunds", "Billing", "Login", "Shipping"]);

    // Overall, 3 months (the version set again on the 25th, due 2031-09-25): 0.292 + 0.004 · 14.43 on an exact line.
    const three = find("", 3);
    expect(three.current.version).toBe(3);
    expect(three.actual).toEqual({ value: 564 / 2000, count: 2000 });
    expect(three.series).toHaveLength(13);
    expect(three.series[0]).toEqual({ week: addDays(MONDAY, -91), value: 120 / 500, count: 500 });
    expect(three.forecast.fittedWeeks).toBe(13);
    expect(three.forecast.slopePerWeek).toBeCloseTo(0.004, 12);
    expect(three.forecast.atDue!.value).toBeCloseTo(0.292 + 0.004 * (101 / 7), 10);
    expect(three.forecast.status).toBe("on-track");
    expect(three.sentence).toBe("Needs 1 more category autonomous at today's rate (80.0%): Refunds.");
    expect(three.forecast.band.at(-1)!.day).toBe("2031-09-25");

    // Overall, 6 months: the line reaches 0.398 by December, short of 45% with no spread to hope in.
    expect(find("", 6).forecast.status).toBe("off-track");

    // Shipping swings between 5% and 15% with no trend: 20% lies inside the band in September, 30% outside it in December.
    const shipping3 = find("Shipping", 3);
    expect(shipping3.forecast.atDue!.value).toBeCloseTo(1.25 / 13, 10);
    expect(shipping3.forecast.status).toBe("at-risk");
    expect(find("Shipping", 6).forecast.status).toBe("off-track");
    expect(shipping3.sentence).toBe("Shipping automation must rise by 10.0 points (from 10.0% to 20.0%).");
  });

  it("says there is not enough data with fewer than four weeks", async () => {
    await setTarget(prisma, { key: { metric: "csat-automated", category: "", horizonMonths: 12 }, value: 0.9 }, MANAGER, TODAY);
    const board = await targetBoard(prisma, { today: TODAY });
    const csat = board.targets.find((t) => t.history.key.metric === "csat-automated")!;
    expect(csat.current.baseline).toBeNull();
    expect(csat.forecast).toMatchObject({ status: "not-enough-data", fittedWeeks: 0, atDue: null, band: [] });
    expect(csat.sentence).toMatch(/^Nothing was measured for the satisfied share on automated tickets/);
  });
});
