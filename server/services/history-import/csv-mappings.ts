import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { ZCsvMappingSchema, type TCsvMapping } from "../../../lib/history-import/csv-mapping";

/** Saves (or replaces) a named CSV column mapping. */
export async function saveCsvMapping(prisma: PrismaClient, name: string, mapping: TCsvMapping): Promise<void> {
  const json = mapping as unknown as Prisma.InputJsonValue;
  await prisma.csvMapping.upsert({ where: { name }, create: { name, mapping: json }, update: { mapping: json } });
}

/** Saved mappings, most recently saved first; a row that no longer parses (an older shape) is left out. */
export async function listCsvMappings(prisma: PrismaClient): Promise<Array<{ name: string; mapping: TCsvMapping; updatedAt: Date }>> {
  const rows = await prisma.csvMapping.findMany({ orderBy: { updatedAt: "desc" } });
  return rows.flatMap((row) => {
    const mapping = ZCsvMappingSchema.safeParse(row.mapping);
    return mapping.success ? [{ name: row.name, mapping: mapping.data, updatedAt: row.updatedAt }] : [];
  });
}
