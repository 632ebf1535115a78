import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listDataSources } from "@/server/services/lookups/list-data-sources";

/** Every data source with its settings; the auth header's value only as set or not. */
export const listDataSourcesProcedure = authedProcedure("dataSources.manage").query(({ ctx }) => listDataSources(ctx.prisma));
