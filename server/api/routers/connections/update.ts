import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZUpdateConnectionSchema } from "@/server/services/connections/connection-input";
import { updateConnection } from "@/server/services/connections/update-connection";

/** A secret sent empty keeps the saved one. */
export const updateConnectionProcedure = authedProcedure("connections.manage")
  .input(ZUpdateConnectionSchema)
  .mutation(({ ctx, input }) => updateConnection(ctx.prisma, input, actorOf(ctx.user)));
