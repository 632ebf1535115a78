import { authedProcedure } from "@/server/api/trpc";
import { jobView } from "@/server/services/imports/import-jobs";

/** The last imports, newest first. */
export const importJobsProcedure = authedProcedure("history.read").query(async ({ ctx }) => {
  const jobs = await ctx.prisma.importJob.findMany({ orderBy: { createdAt: "desc" }, take: 20 });
  return jobs.map((job) => jobView(job));
});
