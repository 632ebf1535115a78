import "server-only";
import { z } from "zod";
import { ZWeekLabelSchema } from "@/lib/weekly-review/snapshot";
import { authedProcedure } from "@/server/api/trpc";
import { openWeeklyReview } from "@/server/services/weekly-review/open-weekly-review";

/** A week's review: the kept snapshot, or one built now the first time anyone opens the week. */
export const openWeeklyReviewProcedure = authedProcedure("metrics.read")
  .input(z.object({ week: ZWeekLabelSchema }))
  .query(({ ctx, input }) => openWeeklyReview(ctx.prisma, input.week, new Date()));
