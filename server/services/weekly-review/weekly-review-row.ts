import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZReviewChecksSchema, ZReviewNotesSchema, ZReviewSnapshotSchema, type TReviewSnapshot } from "../../../lib/weekly-review/snapshot";
import { currentWeek, weekLabelState } from "../../../lib/weekly-review/week-label";
import { addDays, isoWeek, weekDays } from "../../../workflows/metrics/weeks";
import { ServiceError } from "../lib/service-error";
import type { TReviewWeek } from "./what-moved";

/** A week's review as people see it: the kept snapshot, who checked what off, and the notes. */
export interface TWeeklyReview {
  week: string;
  from: string;
  to: string;
  /** Whether the week is under way: only its review can be rebuilt. */
  isCurrent: boolean;
  previousWeek: string;
  /** Null for the current week: the next one has not started. */
  nextWeek: string | null;
  snapshot: TReviewSnapshot;
  checks: ReturnType<typeof ZReviewChecksSchema.parse>;
  notes: ReturnType<typeof ZReviewNotesSchema.parse>;
  updatedAt: string;
  updatedBy: string | null;
}

/** The week a label names, refused when it is not a week or has not started yet. */
export function reviewWeek(label: string, now: Date): TReviewWeek & { isCurrent: boolean } {
  const state = weekLabelState(label, now);
  if (state === "not-a-week") throw new ServiceError("invalid", `"${label}" is not a week: write it as 2026-W49.`, { field: "week" });
  if (state === "not-started") throw new ServiceError("invalid", `${label} has not started yet: its review is built once the week begins.`, { field: "week" });
  return { week: label, ...weekDays(label)!, isCurrent: currentWeek(now) === label };
}

/** The stored row as a review; null when it has no snapshot, or one in a shape this version cannot read. */
export function reviewOfRow(
  row: { week: string; snapshot: unknown; checks: unknown; notes: unknown; updatedAt: Date; updatedBy: string | null },
  w: TReviewWeek & { isCurrent: boolean },
): TWeeklyReview | null {
  const snapshot = ZReviewSnapshotSchema.safeParse(row.snapshot);
  if (!snapshot.success) return null;
  return {
    week: w.week,
    from: w.from,
    to: w.to,
    isCurrent: w.isCurrent,
    previousWeek: isoWeek(addDays(w.from, -7)),
    nextWeek: w.isCurrent ? null : isoWeek(addDays(w.from, 7)),
    snapshot: snapshot.data,
    checks: ZReviewChecksSchema.catch({}).parse(row.checks),
    notes: ZReviewNotesSchema.catch({}).parse(row.notes),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export async function readReview(prisma: PrismaClient, w: TReviewWeek & { isCurrent: boolean }): Promise<TWeeklyReview | null> {
  const row = await prisma.weeklyReview.findUnique({ where: { week: w.week } });
  return row === null ? null : reviewOfRow(row, w);
}
