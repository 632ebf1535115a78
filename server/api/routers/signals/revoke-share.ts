import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { revokeSignalShare } from "@/server/services/signals/signal-shares";

/** Stops a shared link working. */
export const revokeSignalShareProcedure = authedProcedure("review.edit")
  .input(z.object({ token: z.string().min(1).max(100) }))
  .mutation(({ ctx, input }) => revokeSignalShare(ctx.prisma, input.token));
