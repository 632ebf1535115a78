import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { rollbackFlow } from "@/server/services/flows/rollback-flow";

export const ZRollbackInput = z.object({
  flowId: z.string().min(1),
  versionId: z.string().min(1),
  message: z.string().trim().max(500).optional(),
});

/** Re-publishes an earlier version's graph as a new active version. */
export const rollbackProcedure = authedProcedure("flows.publish")
  .input(ZRollbackInput)
  .mutation(({ ctx, input }) => rollbackFlow(ctx.prisma, { ...input, actor: actorOf(ctx.user) }));
