import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { startUploadedImport, ZStartImportSchema } from "@/server/services/history-import/start-uploaded-import";

/**
 * Starts an uploaded import in the background and returns at once; the page polls `historyImport.job` for progress.
 * The job row is the only state, so a reload of the page picks the progress up again.
 */
export const startImportProcedure = authedProcedure("history.import")
  .input(ZStartImportSchema)
  .mutation(({ ctx, input }) => startUploadedImport(ctx.prisma, input));
