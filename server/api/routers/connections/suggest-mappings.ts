import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { suggestMappings } from "@/server/services/connections/suggest-mappings";

/** Calls the helpdesk, so a mutation: the editor asks for it when it opens, never on a background refetch. */
export const suggestMappingsProcedure = authedProcedure("connections.manage")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => suggestMappings(ctx.prisma, input.id));
