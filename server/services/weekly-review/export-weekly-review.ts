import "server-only";
import type { PrismaClient } from "@prisma/client";
import { reviewMarkdown } from "../../../lib/weekly-review/markdown";
import { openWeeklyReview } from "./open-weekly-review";
import { reviewPdf } from "./review-pdf";

export const REVIEW_EXPORT_FORMATS = ["markdown", "pdf"] as const;
export type TReviewExportFormat = (typeof REVIEW_EXPORT_FORMATS)[number];

/** A week's review as a file to download, with its checks and notes as they are now. Links point at `origin`. */
export async function exportWeeklyReview(
  prisma: PrismaClient,
  week: string,
  format: TReviewExportFormat,
  origin: string,
  now: Date,
): Promise<{ filename: string; contentType: string; body: string | Uint8Array }> {
  const review = await openWeeklyReview(prisma, week, now);
  if (format === "markdown") {
    return { filename: `weekly-review-${week}.md`, contentType: "text/markdown; charset=utf-8", body: reviewMarkdown(review, origin) };
  }
  return { filename: `weekly-review-${week}.pdf`, contentType: "application/pdf", body: await reviewPdf(review, origin) };
}
