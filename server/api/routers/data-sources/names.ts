import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listDataSourceNames } from "@/server/services/lookups/data-source-names";

/** The data sources a lookup node can name, for everyone who edits flows (the settings stay admin only). */
export const dataSourceNamesProcedure = authedProcedure("flows.read").query(({ ctx }) => listDataSourceNames(ctx.prisma));
