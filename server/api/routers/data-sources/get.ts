import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getDataSource } from "@/server/services/lookups/list-data-sources";

export const getDataSourceProcedure = authedProcedure("dataSources.manage")
  .input(z.object({ id: z.string().min(1) }))
  .query(({ ctx, input }) => getDataSource(ctx.prisma, input.id));
