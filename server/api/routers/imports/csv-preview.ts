import { createReadStream } from "node:fs";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { readCsvHeader } from "@/server/connectors/csv/read-csv-header";
import { suggestCsvMapping } from "@/server/connectors/csv/suggest-csv-mapping";
import { listCsvMappings } from "@/server/services/imports/csv-mappings";

/**
 * What the mapping step shows for an uploaded CSV: its columns, the first rows, a suggested mapping, and the
 * saved mappings, those whose columns all exist in this file first (with the one to preselect).
 */
export const csvPreviewProcedure = authedProcedure("history.import")
  .input(z.object({ jobId: z.string().min(1), delimiter: z.string().length(1).default(",") }))
  .query(async ({ ctx, input }) => {
    const job = await ctx.prisma.importJob.findUnique({ where: { id: input.jobId } });
    if (job === null || !job.filePath) throw new TRPCError({ code: "NOT_FOUND", message: "No such upload" });
    const preview = await readCsvHeader(createReadStream(job.filePath), input.delimiter).catch((error: unknown) => {
      throw new TRPCError({ code: "BAD_REQUEST", message: `This file cannot be read as CSV: ${error instanceof Error ? error.message : String(error)}` });
    });
    const saved = (await listCsvMappings(ctx.prisma)).map(({ name, mapping }) => ({
      name,
      mapping,
      fits: Object.values(mapping.columns).every((column) => preview.header.includes(column)),
    }));
    return { ...preview, suggested: suggestCsvMapping(preview.header), saved: saved.sort((a, b) => Number(b.fits) - Number(a.fits)) };
  });
