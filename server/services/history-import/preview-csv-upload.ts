import "server-only";
import { createReadStream } from "node:fs";
import type { PrismaClient } from "@prisma/client";
import { readCsvHeader } from "../../connectors/csv/read-csv-header";
import { suggestCsvMapping } from "../../connectors/csv/suggest-csv-mapping";
import { ServiceError } from "../lib/service-error";
import { listCsvMappings } from "./csv-mappings";

/**
 * What the mapping step shows for an uploaded CSV: its columns, the first rows, a suggested mapping, and the
 * saved mappings, those whose columns all exist in this file first (with the one to preselect).
 */
export async function previewCsvUpload(prisma: PrismaClient, jobId: string, delimiter: string) {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (job === null || !job.filePath) throw new ServiceError("not-found", "No such upload");
  const preview = await readCsvHeader(createReadStream(job.filePath), delimiter).catch((error: unknown) => {
    throw new ServiceError("invalid", `This file cannot be read as CSV: ${error instanceof Error ? error.message : String(error)}`);
  });
  const saved = (await listCsvMappings(prisma)).map(({ name, mapping }) => ({
    name,
    mapping,
    fits: Object.values(mapping.columns).every((column) => preview.header.includes(column)),
  }));
  return { ...preview, suggested: suggestCsvMapping(preview.header), saved: saved.sort((a, b) => Number(b.fits) - Number(a.fits)) };
}
