import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { activeSignalShares } from "@/server/services/signals/signal-shares";

/** The shared links that still work. */
export const signalSharesProcedure = authedProcedure("review.edit").query(({ ctx }) => activeSignalShares(ctx.prisma));
