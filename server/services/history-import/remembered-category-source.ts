import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { AUTOMATIC_CATEGORY, ZCategorySourceSchema, type TCategorySource } from "../../../lib/history-import/category-source";

/**
 * The category choice of the last Zendesk import from each source, kept like a saved CSV mapping so the next
 * export from the same helpdesk starts from it (the page preselects it, the CLI uses it when given no choice).
 * A key of the Setting table per source: one small value, no table of its own.
 */
const keyOf = (source: string) => `imports.categorySource.${source}`;

export async function rememberCategorySource(prisma: PrismaClient, source: string, choice: TCategorySource): Promise<void> {
  const key = keyOf(source);
  const value = ZCategorySourceSchema.parse(choice) as unknown as Prisma.InputJsonValue;
  await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** The remembered choice, or null when none was made for this source (or it no longer parses). */
export async function rememberedCategorySource(prisma: PrismaClient, source: string): Promise<TCategorySource | null> {
  const row = await prisma.setting.findUnique({ where: { key: keyOf(source) } });
  if (row === null) return null;
  const parsed = ZCategorySourceSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The choice for an import from `source`: the one given, remembered for the next import from that source; else
 * the remembered one; else automatic detection.
 */
export async function categorySourceFor(
  prisma: PrismaClient,
  source: string,
  given: TCategorySource | undefined,
): Promise<{ choice: TCategorySource; from: "given" | "remembered" | "default" }> {
  if (given) {
    await rememberCategorySource(prisma, source, given);
    return { choice: given, from: "given" };
  }
  const remembered = await rememberedCategorySource(prisma, source);
  return remembered ? { choice: remembered, from: "remembered" } : { choice: AUTOMATIC_CATEGORY, from: "default" };
}
