import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TRollupSums } from "../../../workflows/metrics/summarize";
import { addDays, dayOf, weekStart } from "../../../workflows/metrics/weeks";
import { rollupSums } from "../metrics/rollup-sums";
import { currentOf, targetHistories, type TTargetHistory } from "./target-rows";
import { FIT_WEEKS, lastFourWeeksByCategory, targetView, type TBoardFrame, type TTargetView, type TWeeklySums } from "./target-view";

export interface TTargetBoard {
  today: string;
  /** Targets in force, each with its figures and versions. */
  targets: TTargetView[];
  /** Keys whose newest version was retired, with every version: the record of what the team aimed for. */
  retired: TTargetHistory[];
  /** Categories with tickets in the last four full weeks, largest first: what a per-category target can be on. */
  categories: string[];
  /** How many full weeks each projection is fitted on. */
  fitWeeks: number;
}

/**
 * Every target with its actual, trend and projection. One rollup read serves them all: weekly sums per category over
 * the longest span any target's chart needs (four weeks before its start, or the fitted quarter, to the last full week).
 */
export async function targetBoard(prisma: PrismaClient, opts: { today?: string } = {}): Promise<TTargetBoard> {
  const today = opts.today ?? dayOf(Date.now());
  const thisMonday = weekStart(today);
  const histories = await targetHistories(prisma);
  const inForce = histories.filter((h) => currentOf(h) !== null);
  const fitFrom = addDays(thisMonday, -7 * FIT_WEEKS);
  const chartFrom = (h: TTargetHistory) => {
    const fromStart = addDays(weekStart(currentOf(h)!.startsOn), -28);
    return fromStart < fitFrom ? fromStart : fitFrom;
  };
  const from = inForce.map(chartFrom).reduce((a, b) => (b < a ? b : a), fitFrom);
  const rows = await rollupSums(prisma, { from, to: addDays(thisMonday, -1), origin: "all" }, ["week", "category"]);
  const weekly: TWeeklySums = new Map();
  for (const { group, sums } of rows) {
    const week = String(group.week);
    if (!weekly.has(week)) weekly.set(week, new Map<string, TRollupSums>());
    weekly.get(week)!.set(String(group.category ?? ""), sums);
  }
  const frame: TBoardFrame = { thisMonday, weekly };
  return {
    today,
    targets: inForce.map((h) => targetView(h, frame, chartFrom(h))!),
    retired: histories.filter((h) => currentOf(h) === null),
    categories: lastFourWeeksByCategory(frame)
      .filter((c) => c.category !== "" && c.tickets > 0)
      .map((c) => c.category),
    fitWeeks: FIT_WEEKS,
  };
}
