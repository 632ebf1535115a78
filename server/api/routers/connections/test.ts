import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { testConnection } from "@/server/services/connections/test-connection";

/** Asks the helpdesk who the saved credentials are; the answer, good or bad, is a sentence (never an error). */
export const testConnectionProcedure = authedProcedure("connections.manage")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => testConnection(ctx.prisma, input.id));
