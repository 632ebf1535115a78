import "server-only";
import { ZVersionImpactSchema } from "@/lib/metrics/queries";
import { authedProcedure } from "@/server/api/trpc";
import { versionImpact } from "@/server/services/metrics/version-impact";

/** A flow version's first weeks live against the weeks before it (imported history when nothing live came before). */
export const metricVersionImpactProcedure = authedProcedure("metrics.read")
  .input(ZVersionImpactSchema)
  .query(({ ctx, input }) => versionImpact(ctx.prisma, input));
