import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { markKbArticleReviewed } from "@/server/services/knowledge/kb-articles";

/** Records a review now; the next one is due `cadenceDays` later (90 unless given). */
export const markKbArticleReviewedProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1), cadenceDays: z.number().int().min(1).max(730).optional() }))
  .mutation(({ ctx, input }) => markKbArticleReviewed(ctx.prisma, input.id, { cadenceDays: input.cadenceDays }));
