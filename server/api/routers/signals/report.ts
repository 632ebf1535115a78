import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZSignalsViewSchema } from "@/lib/signals/view";
import { signalsReport } from "@/server/services/signals/signals-report";

/** Rising categories, friction by page, repeat contacts and possible new intents for the 7 days ending on `to`. */
export const signalsReportProcedure = authedProcedure("metrics.read")
  .input(ZSignalsViewSchema)
  .query(({ ctx, input }) => signalsReport(ctx.prisma, input));
