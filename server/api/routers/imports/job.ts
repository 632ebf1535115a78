import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { jobView } from "@/server/services/imports/import-jobs";

/** One import job with its progress (share of the file read), counts, speed and rejected rows. */
export const importJobProcedure = authedProcedure("history.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const job = await ctx.prisma.importJob.findUnique({ where: { id: input.id } });
    if (job === null) throw new TRPCError({ code: "NOT_FOUND", message: "No such import" });
    return jobView(job);
  });
