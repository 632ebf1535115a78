import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZSaveMappingsSchema } from "@/server/services/connections/connection-input";
import { saveMappings } from "@/server/services/connections/save-mappings";

export const saveMappingsProcedure = authedProcedure("connections.manage")
  .input(ZSaveMappingsSchema)
  .mutation(({ ctx, input }) => saveMappings(ctx.prisma, input, actorOf(ctx.user)));
