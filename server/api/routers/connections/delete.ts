import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { deleteConnection } from "@/server/services/connections/delete-connection";

export const deleteConnectionProcedure = authedProcedure("connections.manage")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => deleteConnection(ctx.prisma, input.id, actorOf(ctx.user)));
