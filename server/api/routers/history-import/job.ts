import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getImportJobView } from "@/server/services/history-import/import-job-queries";

/** One import job with its progress (share of the file read), counts, speed and rejected rows. */
export const importJobProcedure = authedProcedure("history.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(({ ctx, input }) => getImportJobView(ctx.prisma, input.id));
