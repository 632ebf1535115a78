import "server-only";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { ZCategorySourceSchema } from "../../../lib/history-import/category-source";
import { ZCsvMappingSchema } from "../../../lib/history-import/csv-mapping";
import { ServiceError } from "../lib/service-error";
import { saveCsvMapping } from "./csv-mappings";
import { ImportJobError, jobView, runImportJob } from "./import-jobs";
import { categorySourceFor } from "./remembered-category-source";

export const ZStartImportSchema = z.object({
  jobId: z.string().min(1),
  mapping: ZCsvMappingSchema.optional(),
  /** Keep the mapping under this name for the next file with these columns. */
  saveMappingAs: z.string().trim().min(1).max(80).optional(),
  /** Zendesk: where the category comes from, remembered for the job's source; without it, the remembered choice. */
  category: ZCategorySourceSchema.optional(),
});
export type TStartImport = z.infer<typeof ZStartImportSchema>;

/**
 * Starts an uploaded import in the background and returns its job at once; the page polls the job for progress.
 * The job row is the only state, so a reload of the page picks the progress up again.
 */
export async function startUploadedImport(prisma: PrismaClient, request: TStartImport) {
  const job = await prisma.importJob.findUnique({ where: { id: request.jobId } });
  if (job === null) throw new ServiceError("not-found", "No such upload");
  if (job.format === "csv" && !request.mapping) throw new ServiceError("invalid", "Map the CSV's columns first");
  if (job.status !== "uploaded") throw new ServiceError("conflict", `This import is already ${job.status}`);
  if (request.category && job.format !== "zendesk") throw new ServiceError("invalid", "Only a Zendesk export has a choice of where the category comes from");
  if (request.mapping && request.saveMappingAs) await saveCsvMapping(prisma, request.saveMappingAs, request.mapping);
  const category = job.format === "zendesk" ? (await categorySourceFor(prisma, job.source, request.category)).choice : undefined;
  // Claimed atomically: two clicks never start the same upload twice.
  const claimed = await prisma.importJob.updateMany({ where: { id: job.id, status: "uploaded" }, data: { status: "running", startedAt: new Date() } });
  if (claimed.count === 0) throw new ServiceError("conflict", "This import was started already");

  void runImportJob(prisma, job.id, { mapping: request.mapping, category, claimed: true }).catch((error: unknown) => {
    const message = error instanceof ImportJobError || error instanceof Error ? error.message : String(error);
    console.error(`[import ${job.id}] ${message}`);
  });
  return jobView({ ...job, status: "running", startedAt: new Date() });
}
