import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TLookupResult } from "../../../../workflows/model/lookup";
import { resultOfRow } from "../../lookups/kept-results";

/**
 * The results the tickets' live runs kept for these data sources (what `recordedLookups` answers one at a time), by
 * ticket and source: one query per page of tickets rather than one per ticket and lookup. None when no source is
 * looked up, which is most flows: then nothing is queried.
 */
export async function recordedLookupsOf(prisma: PrismaClient, ticketIds: readonly string[], sources: readonly string[]): Promise<Map<string, Record<string, TLookupResult>>> {
  const byTicket = new Map<string, Record<string, TLookupResult>>();
  if (sources.length === 0 || ticketIds.length === 0) return byTicket;
  const rows = await prisma.lookupResult.findMany({ where: { ticketId: { in: [...ticketIds] }, source: { in: [...sources] } } });
  for (const row of rows) {
    const kept = byTicket.get(row.ticketId) ?? {};
    kept[row.source] = resultOfRow(row);
    byTicket.set(row.ticketId, kept);
  }
  return byTicket;
}
