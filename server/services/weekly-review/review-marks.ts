import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { itemKeys, REVIEW_NOTE_KEY, type TSetCheck, type TSetNote } from "../../../lib/weekly-review/snapshot";
import { ServiceError } from "../lib/service-error";
import { readReview, reviewWeek, type TWeeklyReview } from "./weekly-review-row";

async function openedReview(prisma: PrismaClient, label: string, key: string, now: Date): Promise<TWeeklyReview> {
  const w = reviewWeek(label, now);
  const review = await readReview(prisma, w);
  if (!review) throw new ServiceError("not-found", `The review of ${label} has not been opened yet; open it first.`);
  if (key !== REVIEW_NOTE_KEY && !itemKeys(review.snapshot).includes(key)) {
    throw new ServiceError("not-found", "That item is no longer in this review (it was rebuilt); reload the page.", { field: "key" });
  }
  return review;
}

/**
 * Checks an item off (with who and when) or clears it. One statement on the JSON column, so two reviewers ticking
 * different items at once both keep theirs.
 */
export async function setReviewCheck(prisma: PrismaClient, input: TSetCheck, actor: string, now: Date): Promise<TWeeklyReview> {
  const review = await openedReview(prisma, input.week, input.key, now);
  if (input.key === REVIEW_NOTE_KEY) throw new ServiceError("invalid", "Check off an item of the review.", { field: "key" });
  const checks = input.checked
    ? Prisma.sql`"checks" || jsonb_build_object(${input.key}::text, jsonb_build_object('by', ${actor}::text, 'at', ${now.toISOString()}::text))`
    : Prisma.sql`"checks" - ${input.key}::text`;
  await prisma.$executeRaw(Prisma.sql`UPDATE "WeeklyReview" SET "checks" = ${checks}, "updatedAt" = ${now}, "updatedBy" = ${actor} WHERE "week" = ${review.week}`);
  return (await readReview(prisma, reviewWeek(input.week, now)))!;
}

/** Writes an item's note, or the whole review's (key ""), with who and when; an empty note removes it. */
export async function setReviewNote(prisma: PrismaClient, input: TSetNote, actor: string, now: Date): Promise<TWeeklyReview> {
  const review = await openedReview(prisma, input.week, input.key, now);
  const text = input.text.trim();
  const notes =
    text === ""
      ? Prisma.sql`"notes" - ${input.key}::text`
      : Prisma.sql`"notes" || jsonb_build_object(${input.key}::text, jsonb_build_object('text', ${text}::text, 'by', ${actor}::text, 'at', ${now.toISOString()}::text))`;
  await prisma.$executeRaw(Prisma.sql`UPDATE "WeeklyReview" SET "notes" = ${notes}, "updatedAt" = ${now}, "updatedBy" = ${actor} WHERE "week" = ${review.week}`);
  return (await readReview(prisma, reviewWeek(input.week, now)))!;
}
