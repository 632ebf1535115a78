import { authedProcedure } from "@/server/api/trpc";
import { ZCsvMappingSchema } from "@/server/connectors/csv/csv-mapping";

/** Saved CSV column mappings, most recently used first. */
export const csvMappingsProcedure = authedProcedure("history.import").query(async ({ ctx }) => {
  const rows = await ctx.prisma.csvMapping.findMany({ orderBy: { updatedAt: "desc" } });
  return rows.flatMap((row) => {
    const mapping = ZCsvMappingSchema.safeParse(row.mapping);
    return mapping.success ? [{ name: row.name, mapping: mapping.data, updatedAt: row.updatedAt }] : [];
  });
});
