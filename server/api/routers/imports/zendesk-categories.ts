import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ZCategorySourceSchema } from "@/server/connectors/zendesk-export/category-source";
import { ImportJobError } from "@/server/services/imports/import-jobs";
import { previewZendeskCategories } from "@/server/services/imports/preview-zendesk-categories";

/**
 * What the category step shows for an uploaded Zendesk export: the custom fields and tag prefixes its first
 * tickets carry, with examples, the choice remembered for its source, and the categories a choice gives.
 */
export const zendeskCategoriesProcedure = authedProcedure("history.import")
  .input(z.object({ jobId: z.string().min(1), category: ZCategorySourceSchema.optional() }))
  .query(async ({ ctx, input }) => {
    try {
      return await previewZendeskCategories(ctx.prisma, input.jobId, input.category);
    } catch (error) {
      if (error instanceof ImportJobError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  });
