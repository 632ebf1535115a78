import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZSignalsViewSchema } from "@/lib/signals/view";
import { createSignalShare } from "@/server/services/signals/signal-shares";

/** A read-only link to these signals that works signed out, for 30 days or until revoked. */
export const shareSignalsProcedure = authedProcedure("review.edit")
  .input(ZSignalsViewSchema)
  .mutation(({ ctx, input }) => createSignalShare(ctx.prisma, input, ctx.user!.email));
