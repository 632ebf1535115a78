import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZUpdateDataSourceSchema } from "@/server/services/lookups/data-source-input";
import { updateDataSource } from "@/server/services/lookups/save-data-source";

/** An auth header value sent empty keeps the saved one. */
export const updateDataSourceProcedure = authedProcedure("dataSources.manage")
  .input(ZUpdateDataSourceSchema)
  .mutation(({ ctx, input: { id, ...values } }) => updateDataSource(ctx.prisma, id, values, actorOf(ctx.user)));
