import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getConnection } from "@/server/services/connections/get-connection";

/** One connection with its mappings and the queues its flows name but it does not map. */
export const getConnectionProcedure = authedProcedure("connections.manage")
  .input(z.object({ id: z.string().min(1) }))
  .query(({ ctx, input }) => getConnection(ctx.prisma, input.id));
