import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TReviewSnapshot } from "../../../lib/weekly-review/snapshot";
import { intentCorrections } from "./intent-corrections";
import { knowledgeArticles } from "./knowledge-articles";
import { shadowReady } from "./shadow-ready";
import { slaBreaches } from "./sla-breaches";
import { whatMoved, type TReviewWeek } from "./what-moved";

/** Every section of the week's review, read now: the figures from the rollups, the rest from the tables they name. */
export async function buildReviewSnapshot(prisma: PrismaClient, w: TReviewWeek, now: Date): Promise<TReviewSnapshot> {
  const [moved, corrections, shadow, knowledge, sla] = await Promise.all([
    whatMoved(prisma, w),
    intentCorrections(prisma, w),
    shadowReady(prisma),
    knowledgeArticles(prisma, w, now),
    slaBreaches(prisma, w),
  ]);
  return { version: 1, week: w.week, from: w.from, to: w.to, builtAt: now.toISOString(), ...moved, corrections, shadow, knowledge, sla };
}
