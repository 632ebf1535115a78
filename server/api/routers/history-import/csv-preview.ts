import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { previewCsvUpload } from "@/server/services/history-import/preview-csv-upload";

/** What the mapping step shows for an uploaded CSV: columns, first rows, a suggested mapping and the saved ones. */
export const csvPreviewProcedure = authedProcedure("history.import")
  .input(z.object({ jobId: z.string().min(1), delimiter: z.string().length(1).default(",") }))
  .query(({ ctx, input }) => previewCsvUpload(ctx.prisma, input.jobId, input.delimiter));
