import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZCreateConnectionSchema } from "@/server/services/connections/connection-input";
import { createConnection } from "@/server/services/connections/create-connection";

export const createConnectionProcedure = authedProcedure("connections.manage")
  .input(ZCreateConnectionSchema)
  .mutation(({ ctx, input }) => createConnection(ctx.prisma, input, actorOf(ctx.user)));
