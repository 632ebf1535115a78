import "server-only";
import { ZSetNoteSchema } from "@/lib/weekly-review/snapshot";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { setReviewNote } from "@/server/services/weekly-review/review-marks";

/** Writes the note on one item of a review, or on the review as a whole (key ""). */
export const setReviewNoteProcedure = authedProcedure("review.edit")
  .input(ZSetNoteSchema)
  .mutation(({ ctx, input }) => setReviewNote(ctx.prisma, input, actorOf(ctx.user), new Date()));
