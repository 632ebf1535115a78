import type { PrismaClient } from "@prisma/client";

/**
 * Tickets of this bench whose work happened more than once: more than one live (non-shadow) run, or a run whose
 * trace is not exactly 1..N (with (run, seq) unique, that is min 1 and max = count; a gap is a lost line, a
 * repeat a line written twice). Effects are unique by idempotency key in the schema, so they cannot repeat.
 */
export async function duplicatedTickets(prisma: PrismaClient, source: string, externalIds: string[]): Promise<{ extraRuns: number; brokenTraces: number; tickets: number }> {
  if (externalIds.length === 0) return { extraRuns: 0, brokenTraces: 0, tickets: 0 };
  const rows = await prisma.$queryRaw<Array<{ externalId: string; runs: bigint; broken: bigint }>>`
    WITH runs AS (
      SELECT t."externalId", r.id
      FROM "Ticket" t JOIN "FlowRun" r ON r."ticketId" = t.id
      WHERE t.source = ${source} AND t."externalId" = ANY(${externalIds}::text[]) AND r.shadow = false
    ), traces AS (
      SELECT e."runId", MIN(e.seq) AS lo, MAX(e.seq) AS hi, COUNT(*) AS n
      FROM "RunEvent" e WHERE e."runId" IN (SELECT id FROM runs) GROUP BY e."runId"
    )
    SELECT runs."externalId", COUNT(*) AS runs,
           COUNT(*) FILTER (WHERE traces.n IS NOT NULL AND (traces.lo <> 1 OR traces.hi <> traces.n)) AS broken
    FROM runs LEFT JOIN traces ON traces."runId" = runs.id
    GROUP BY runs."externalId"
    HAVING COUNT(*) > 1 OR COUNT(*) FILTER (WHERE traces.n IS NOT NULL AND (traces.lo <> 1 OR traces.hi <> traces.n)) > 0`;
  return {
    extraRuns: rows.filter((r) => r.runs > 1n).length,
    brokenTraces: rows.filter((r) => r.broken > 0n).length,
    tickets: rows.length,
  };
}
