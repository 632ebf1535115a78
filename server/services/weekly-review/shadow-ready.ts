import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TReviewSnapshot } from "../../../lib/weekly-review/snapshot";
import { MIN_SAMPLE_FOR_RATE } from "../../../workflows/metrics/intervals";
import { rateOf } from "../../../workflows/metrics/summarize";
import { shadowRates } from "../shadow-review/shadow-rates";

/**
 * Shadow categories whose would-have-been-correct rate meets the team's target: ready for autonomy once enough
 * drafts were reviewed for the rate to be read, else how many reviews it still needs. Every review so far counts,
 * as on the shadow review page, so the review says what that page says on the day it was built.
 */
export async function shadowReady(prisma: PrismaClient): Promise<TReviewSnapshot["shadow"]> {
  const rates = await shadowRates(prisma);
  const items = rates.byCategory
    .filter((r) => r.key !== null && r.rate !== null && r.rate >= rates.target)
    .map((r) => ({
      key: `shadow:${r.key}`,
      category: r.key!,
      status: r.reviewed >= MIN_SAMPLE_FOR_RATE ? ("ready" as const) : ("needs-reviews" as const),
      drafts: r.drafts,
      reviewed: r.reviewed,
      correct: r.correct,
      rate: rateOf(r.correct, r.reviewed),
    }))
    .sort((a, b) => Number(b.status === "ready") - Number(a.status === "ready") || b.reviewed - a.reviewed || a.category.localeCompare(b.category));
  return { target: rates.target, minReviews: MIN_SAMPLE_FOR_RATE, items };
}
