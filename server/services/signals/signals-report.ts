import "server-only";
import type { PrismaClient } from "@prisma/client";
import { SIGNAL_BASELINE_WINDOWS, SIGNAL_WINDOW_DAYS, type TSignalsView } from "@/lib/signals/view";
import { windowsEndingOn } from "@/workflows/metrics/rising";
import { categoryWindows } from "./category-windows";
import { pageFriction } from "./page-friction";
import { repeatContacts } from "./repeat-contacts";
import { risingCategories } from "./rising-categories";
import type { TSignalsReport } from "./signal-types";
import { unsureTopics, type UnsureTopicsSource } from "./unsure-topics";

/**
 * The business signals for the product team: categories rising against their own past, friction by page, repeat
 * contacts by category and new topics among unsure tickets. The current window is the 7 days ending on `view.to`;
 * the baseline is the 8 weeks before it.
 */
export async function signalsReport(prisma: PrismaClient, view: TSignalsView, deps: { unsure?: UnsureTopicsSource } = {}): Promise<TSignalsReport> {
  const windows = windowsEndingOn(view.to, SIGNAL_WINDOW_DAYS, SIGNAL_BASELINE_WINDOWS + 1);
  const perCategory = await categoryWindows(prisma, view, windows);
  const [rising, friction, repeats, unsure] = await Promise.all([
    risingCategories(prisma, view, windows, perCategory),
    pageFriction(prisma, view, windows),
    repeatContacts(prisma, view, windows, perCategory),
    unsureTopics(prisma, windows, deps.unsure),
  ]);
  return { view, windows, rising, friction, repeats, unsure };
}

/**
 * The report as a shared link shows it: figures and example subjects, no ticket ids (nothing to open without
 * signing in), so the link carries no more than the subjects of a few tickets.
 */
export function publicReport(report: TSignalsReport): TSignalsReport {
  const strip = <T extends { examples: Array<{ ticketId: string | null }> }>(x: T): T => ({ ...x, examples: x.examples.map((e) => ({ ...e, ticketId: null })) });
  return {
    ...report,
    rising: { ...report.rising, categories: report.rising.categories.map(strip) },
    friction: { ...report.friction, areas: report.friction.areas.map(strip) },
    repeats: { ...report.repeats, categories: report.repeats.categories.map(strip) },
    unsure: report.unsure.ok ? { ...report.unsure, topics: report.unsure.topics.map(strip) } : report.unsure,
  };
}
