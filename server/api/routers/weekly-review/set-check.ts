import "server-only";
import { ZSetCheckSchema } from "@/lib/weekly-review/snapshot";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { setReviewCheck } from "@/server/services/weekly-review/review-marks";

/** Checks one item of a review off, or clears its check. */
export const setReviewCheckProcedure = authedProcedure("review.edit")
  .input(ZSetCheckSchema)
  .mutation(({ ctx, input }) => setReviewCheck(ctx.prisma, input, actorOf(ctx.user), new Date()));
