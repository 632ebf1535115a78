import { z } from "zod";
import { actorFromHeaders } from "@/server/api/actor";
import { publicProcedure } from "@/server/api/trpc";
import { rollbackFlow } from "@/server/services/flows/rollback-flow";
import { callService } from "./service-error";

export const ZRollbackInput = z.object({
  flowId: z.string().min(1),
  versionId: z.string().min(1),
  message: z.string().trim().max(500).optional(),
});

/** Re-publishes an earlier version's graph as a new active version. */
export const rollbackProcedure = publicProcedure
  .input(ZRollbackInput)
  .mutation(({ ctx, input }) => callService(() => rollbackFlow(ctx.prisma, { ...input, actor: actorFromHeaders(ctx.headers) })));
