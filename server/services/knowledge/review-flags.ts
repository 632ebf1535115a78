import "server-only";
import { STALE_AFTER_DAYS } from "./kb-article-schema";

const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export interface ReviewFlags {
  /** The review date has passed. */
  reviewOverdue: boolean;
  /** Overdue, or nobody changed the article for STALE_AFTER_DAYS. */
  stale: boolean;
  /** Why it is stale, as the list and the article say it. */
  staleReason: string | null;
}

/** Whether an article needs a look: its review is overdue, or it has not been touched for half a year. */
export function reviewFlags(article: { reviewDue: Date | null; updatedAt: Date; reviewedAt: Date | null }, now: Date): ReviewFlags {
  const reviewOverdue = article.reviewDue !== null && article.reviewDue.getTime() < now.getTime();
  const lastTouched = Math.max(article.updatedAt.getTime(), article.reviewedAt?.getTime() ?? 0);
  const untouchedDays = Math.floor((now.getTime() - lastTouched) / DAY_MS);
  const untouched = untouchedDays >= STALE_AFTER_DAYS;
  const staleReason = reviewOverdue
    ? `Review was due ${article.reviewDue!.toISOString().slice(0, 10)}`
    : untouched
      ? `Not updated or reviewed for ${untouchedDays} days`
      : null;
  return { reviewOverdue, stale: staleReason !== null, staleReason };
}
