import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ZCategorySourceSchema } from "@/lib/history-import/category-source";
import { previewZendeskCategories } from "@/server/services/history-import/preview-zendesk-categories";

/**
 * What the category step shows for an uploaded Zendesk export: the custom fields and tag prefixes its first
 * tickets carry, with examples, the choice remembered for its source, and the categories a choice gives.
 */
export const zendeskCategoriesProcedure = authedProcedure("history.import")
  .input(z.object({ jobId: z.string().min(1), category: ZCategorySourceSchema.optional() }))
  .query(({ ctx, input }) => previewZendeskCategories(ctx.prisma, input.jobId, input.category));
