import "server-only";
import { z } from "zod";
import { ZWeekLabelSchema } from "@/lib/weekly-review/snapshot";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { rebuildWeeklyReview } from "@/server/services/weekly-review/open-weekly-review";

/** This week's review built again from today's figures; checks and notes stay. */
export const rebuildWeeklyReviewProcedure = authedProcedure("review.edit")
  .input(z.object({ week: ZWeekLabelSchema }))
  .mutation(({ ctx, input }) => rebuildWeeklyReview(ctx.prisma, input.week, actorOf(ctx.user), new Date()));
