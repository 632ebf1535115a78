import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import { buildReviewSnapshot } from "./build-snapshot";
import { readReview, reviewWeek, type TWeeklyReview } from "./weekly-review-row";

/**
 * A week's review: the kept one, or, the first time anyone opens it, one built now and kept, so it reads the same
 * every later time. Two people opening it at once both build, and the first stored wins.
 */
export async function openWeeklyReview(prisma: PrismaClient, label: string, now: Date): Promise<TWeeklyReview> {
  const w = reviewWeek(label, now);
  const kept = await readReview(prisma, w);
  if (kept) return kept;
  const snapshot = await buildReviewSnapshot(prisma, w, now);
  // A snapshot this version cannot read (an older shape) is replaced; its checks and notes stay.
  await prisma.$executeRaw(Prisma.sql`
    INSERT INTO "WeeklyReview" ("week", "snapshot", "createdAt", "updatedAt") VALUES (${w.week}, ${JSON.stringify(snapshot)}::jsonb, ${now}, ${now})
    ON CONFLICT ("week") DO UPDATE SET "snapshot" = EXCLUDED."snapshot", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "WeeklyReview"."snapshot" IS NULL OR "WeeklyReview"."snapshot"->>'version' IS DISTINCT FROM ${String(snapshot.version)}`);
  const review = await readReview(prisma, w);
  if (!review) throw new Error(`The kept review of ${w.week} cannot be read: its snapshot does not have the shape of this version.`);
  return review;
}

/** Builds this week's review again from today's figures, keeping its checks and notes. Past weeks stay as first read. */
export async function rebuildWeeklyReview(prisma: PrismaClient, label: string, actor: string, now: Date): Promise<TWeeklyReview> {
  const w = reviewWeek(label, now);
  if (!w.isCurrent) {
    throw new ServiceError("invalid", "Only this week's review can be rebuilt: a past week's review stays as it was first read.", { field: "week" });
  }
  const snapshot = await buildReviewSnapshot(prisma, w, now);
  await prisma.weeklyReview.upsert({
    where: { week: w.week },
    create: { week: w.week, snapshot, updatedBy: actor },
    update: { snapshot, updatedBy: actor },
  });
  return (await readReview(prisma, w))!;
}
