import "server-only";
import type { LookupResult, Prisma, PrismaClient } from "@prisma/client";
import { ZLookupResultSchema, type TLookupResult } from "../../../workflows/model/lookup";
import { dataSourceSummary } from "./data-source-view";
import type { TDataSourceSummary } from "./lookup-types";

/** The turned-on data sources an intent's AI reply may call; with no intent, every turned-on one (a flow's lookup names its own). */
export async function sourcesFor(prisma: PrismaClient, intent: string | null): Promise<TDataSourceSummary[]> {
  const rows = await prisma.dataSource.findMany({ where: { enabled: true, ...(intent === null ? {} : { intents: { has: intent } }) }, orderBy: { name: "asc" } });
  return rows.map(dataSourceSummary);
}

export function keptResult(prisma: PrismaClient, ticketId: string, source: string): Promise<LookupResult | null> {
  return prisma.lookupResult.findUnique({ where: { ticketId_source: { ticketId, source } } });
}

/** A kept row as a run sees it, marked as answered from the ticket's earlier lookup. */
export function resultOfRow(row: LookupResult): TLookupResult {
  const parsed = ZLookupResultSchema.safeParse({ source: row.source, status: row.status, request: row.request, fields: row.fields, error: row.error, cached: true });
  if (parsed.success) return parsed.data;
  return { source: row.source, status: "failed", request: row.request, fields: {}, error: "The kept result of this lookup cannot be read", cached: true };
}

/** Keeps (or replaces) the ticket's result of one source. */
export async function keepResult(prisma: PrismaClient, ticketId: string, result: TLookupResult): Promise<void> {
  const data = { status: result.status, request: result.request ?? null, fields: result.fields as Prisma.InputJsonValue, error: result.error ?? null, fetchedAt: new Date() };
  await prisma.lookupResult.upsert({
    where: { ticketId_source: { ticketId, source: result.source } },
    create: { ticketId, source: result.source, ...data },
    update: data,
  });
}
