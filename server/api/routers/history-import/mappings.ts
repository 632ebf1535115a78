import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listCsvMappings } from "@/server/services/history-import/csv-mappings";

/** Saved CSV column mappings, most recently used first. */
export const csvMappingsProcedure = authedProcedure("history.import").query(({ ctx }) => listCsvMappings(ctx.prisma));
