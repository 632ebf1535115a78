import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ZCsvMappingSchema } from "@/lib/history-import/csv-mapping";
import { ZCategorySourceSchema } from "@/lib/history-import/category-source";
import { startUploadedImport } from "@/server/services/history-import/start-uploaded-import";

export const ZStartImportInput = z.object({
  jobId: z.string().min(1),
  mapping: ZCsvMappingSchema.optional(),
  /** Keep the mapping under this name for the next file with these columns. */
  saveMappingAs: z.string().trim().min(1).max(80).optional(),
  /** Zendesk: where the category comes from, remembered for the job's source; without it, the remembered choice. */
  category: ZCategorySourceSchema.optional(),
});

/**
 * Starts an uploaded import in the background and returns at once; the page polls `historyImport.job` for progress.
 * The job row is the only state, so a reload of the page picks the progress up again.
 */
export const startImportProcedure = authedProcedure("history.import")
  .input(ZStartImportInput)
  .mutation(({ ctx, input }) => startUploadedImport(ctx.prisma, input));
