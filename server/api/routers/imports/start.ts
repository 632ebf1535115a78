import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ZCsvMappingSchema } from "@/server/connectors/csv/csv-mapping";
import { ZCategorySourceSchema } from "@/server/connectors/zendesk-export/category-source";
import { ImportJobError, jobView, runImportJob } from "@/server/services/imports/import-jobs";
import { saveCsvMapping } from "@/server/services/imports/csv-mappings";
import { categorySourceFor } from "@/server/services/imports/remembered-category-source";

export const ZStartImportInput = z.object({
  jobId: z.string().min(1),
  mapping: ZCsvMappingSchema.optional(),
  /** Keep the mapping under this name for the next file with these columns. */
  saveMappingAs: z.string().trim().min(1).max(80).optional(),
  /** Zendesk: where the category comes from, remembered for the job's source; without it, the remembered choice. */
  category: ZCategorySourceSchema.optional(),
});

/**
 * Starts an uploaded import in the background and returns at once; the page polls `imports.job` for progress.
 * The job row is the only state, so a reload of the page picks the progress up again.
 */
export const startImportProcedure = authedProcedure("history.import")
  .input(ZStartImportInput)
  .mutation(async ({ ctx, input }) => {
    const prisma = ctx.prisma;
    const job = await prisma.importJob.findUnique({ where: { id: input.jobId } });
    if (job === null) throw new TRPCError({ code: "NOT_FOUND", message: "No such upload" });
    if (job.format === "csv" && !input.mapping) throw new TRPCError({ code: "BAD_REQUEST", message: "Map the CSV's columns first" });
    if (job.status !== "uploaded") throw new TRPCError({ code: "CONFLICT", message: `This import is already ${job.status}` });
    if (input.category && job.format !== "zendesk") throw new TRPCError({ code: "BAD_REQUEST", message: "Only a Zendesk export has a choice of where the category comes from" });
    if (input.mapping && input.saveMappingAs) await saveCsvMapping(prisma, input.saveMappingAs, input.mapping);
    const category = job.format === "zendesk" ? (await categorySourceFor(prisma, job.source, input.category)).choice : undefined;
    const claimed = await prisma.importJob.updateMany({ where: { id: job.id, status: "uploaded" }, data: { status: "running", startedAt: new Date() } });
    if (claimed.count === 0) throw new TRPCError({ code: "CONFLICT", message: "This import was started already" });

    void runImportJob(prisma, job.id, { mapping: input.mapping, category, claimed: true }).catch((error: unknown) => {
      const message = error instanceof ImportJobError || error instanceof Error ? error.message : String(error);
      console.error(`[import ${job.id}] ${message}`);
    });
    return jobView({ ...job, status: "running", startedAt: new Date() });
  });
