import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZDataSourceInputSchema } from "@/server/services/lookups/data-source-input";
import { createDataSource } from "@/server/services/lookups/save-data-source";

export const createDataSourceProcedure = authedProcedure("dataSources.manage")
  .input(ZDataSourceInputSchema)
  .mutation(({ ctx, input }) => createDataSource(ctx.prisma, input, actorOf(ctx.user)));
