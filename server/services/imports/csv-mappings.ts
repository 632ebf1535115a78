import type { Prisma, PrismaClient } from "@prisma/client";
import type { TCsvMapping } from "../../connectors/csv/csv-mapping";

/** Saves (or replaces) a named CSV column mapping. */
export async function saveCsvMapping(prisma: PrismaClient, name: string, mapping: TCsvMapping): Promise<void> {
  const json = mapping as unknown as Prisma.InputJsonValue;
  await prisma.csvMapping.upsert({ where: { name }, create: { name, mapping: json }, update: { mapping: json } });
}
