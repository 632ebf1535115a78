import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { METRICS_SETTING_KEY, metricsSettingsOf } from "@/lib/metrics/metrics-settings";
import { businessCalendarOf } from "@/workflows/interpret/business-hours-calendar";
import type { FlowPlan } from "@/workflows/model/plan";
import { DEFAULT_HANDLE_TIME_SEC } from "@/workflows/interpret/replay/metrics";
import { calendarOf } from "../settings/workspace-calendar";
import { CATEGORY_SQL, type TMetricContext } from "./load-ticket-facts";

const CALENDAR_KEY = "workspaceCalendar";
/** A plan with no business hours of its own: durations count with the workspace's calendar. */
const NO_PLAN_HOURS: FlowPlan = { planVersion: 2, entry: {}, nodes: {} };

/**
 * What counting every ticket shares, read once: the repeat-contact window, the workspace calendar (only when the
 * workspace set one; otherwise durations are clock time) and each category's median agent handle time over the
 * tickets agents worked on, which is what an automated ticket of that category saved (else the backtests' default).
 */
export async function readMetricContext(prisma: Pick<PrismaClient, "$queryRaw" | "setting">): Promise<TMetricContext> {
  const settings = await prisma.setting.findMany({ where: { key: { in: [METRICS_SETTING_KEY, CALENDAR_KEY] } } });
  const value = (key: string) => settings.find((s) => s.key === key)?.value ?? null;
  const calendarValue = value(CALENDAR_KEY);
  // One pass over the tickets agents worked on: a long-lived refresher reads this now and then, not per batch.
  const medians = await prisma.$queryRaw<Array<{ category: string; median: number }>>(Prisma.sql`
    SELECT ${CATEGORY_SQL("t")} AS category, percentile_cont(0.5) WITHIN GROUP (ORDER BY t."handleTimeSec")::float8 AS median
    FROM "Ticket" t WHERE t."handleTimeSec" > 0 GROUP BY 1`);
  const byCategory = new Map(medians.map((m) => [m.category, Number(m.median)]));
  return {
    repeatContactDays: metricsSettingsOf(value(METRICS_SETTING_KEY)).repeatContactDays,
    calendar: calendarValue === null ? null : businessCalendarOf(NO_PLAN_HOURS, calendarOf(calendarValue)),
    savedSeconds: (category) => byCategory.get(category) ?? DEFAULT_HANDLE_TIME_SEC,
  };
}

/** The repeat-contact window alone, without the pass over tickets the full context takes. */
export async function readRepeatContactDays(prisma: Pick<PrismaClient, "setting">): Promise<number> {
  const row = await prisma.setting.findUnique({ where: { key: METRICS_SETTING_KEY } });
  return metricsSettingsOf(row?.value ?? null).repeatContactDays;
}
