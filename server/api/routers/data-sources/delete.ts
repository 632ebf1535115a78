import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { deleteDataSource } from "@/server/services/lookups/save-data-source";

export const deleteDataSourceProcedure = authedProcedure("dataSources.manage")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => deleteDataSource(ctx.prisma, input.id, actorOf(ctx.user)));
