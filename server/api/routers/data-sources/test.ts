import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZTestLookupSchema } from "@/server/services/lookups/data-source-input";
import { testDataSource } from "@/server/services/lookups/test-data-source";

/** Calls the saved data source with sample values and shows what it answered; nothing is kept. */
export const testDataSourceProcedure = authedProcedure("dataSources.manage")
  .input(ZTestLookupSchema)
  .mutation(({ ctx, input }) => testDataSource(ctx.prisma, input));
