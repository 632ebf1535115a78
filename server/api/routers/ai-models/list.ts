import { authedProcedure } from "@/server/api/trpc";
import { modelView } from "@/server/services/intent-models/model-view";

/** Every trained (or training) intent-model version, newest first, without weights. */
export const listModelsProcedure = authedProcedure("history.read").query(async ({ ctx }) => {
  const rows = await ctx.prisma.intentModel.findMany({ orderBy: { version: "desc" }, take: 50, omit: { blob: true } });
  return rows.map(modelView);
});
