import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listImportJobViews } from "@/server/services/history-import/import-job-queries";

/** The last imports, newest first. */
export const importJobsProcedure = authedProcedure("history.read").query(({ ctx }) => listImportJobViews(ctx.prisma));
