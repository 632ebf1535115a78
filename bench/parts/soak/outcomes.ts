import type { PrismaClient } from "@prisma/client";
import type { Offered } from "./sender";
import type { TicketOutcome } from "./verdict";

type Row = { externalId: string; tickets: bigint; runs: bigint; finished: bigint; broken: bigint };

/**
 * What the database holds for each offered ticket: its ticket rows, live runs, runs that finished their part
 * (completed, or resting on a timer with their decisions written) and runs whose trace is not exactly 1..N.
 */
export async function readOutcomes(prisma: PrismaClient, source: string, offered: readonly Offered[]): Promise<TicketOutcome[]> {
  const ids = offered.map((o) => o.externalId);
  const rows = await prisma.$queryRaw<Row[]>`
    WITH tickets AS (
      SELECT t.id, t."externalId" FROM "Ticket" t WHERE t.source = ${source} AND t."externalId" = ANY(${ids}::text[])
    ), runs AS (
      SELECT r.id, r."ticketId", r.status::text AS status, r."decidedAt" FROM "FlowRun" r
      WHERE r."ticketId" IN (SELECT id FROM tickets) AND r.shadow = false
    ), traces AS (
      SELECT e."runId", MIN(e.seq) AS lo, MAX(e.seq) AS hi, COUNT(*) AS n
      FROM "RunEvent" e WHERE e."runId" IN (SELECT id FROM runs) GROUP BY e."runId"
    )
    SELECT tickets."externalId",
           COUNT(DISTINCT tickets.id) AS tickets,
           COUNT(runs.id) AS runs,
           COUNT(runs.id) FILTER (WHERE runs.status = 'completed' OR (runs.status <> 'failed' AND runs."decidedAt" IS NOT NULL)) AS finished,
           COUNT(runs.id) FILTER (WHERE traces.n IS NOT NULL AND (traces.lo <> 1 OR traces.hi <> traces.n)) AS broken
    FROM tickets
    LEFT JOIN runs ON runs."ticketId" = tickets.id
    LEFT JOIN traces ON traces."runId" = runs.id
    GROUP BY tickets."externalId"`;
  const byId = new Map(rows.map((r) => [r.externalId, r]));
  return offered.map((o) => {
    const row = byId.get(o.externalId);
    return {
      externalId: o.externalId,
      status: o.status,
      tickets: Number(row?.tickets ?? 0),
      runs: Number(row?.runs ?? 0),
      finishedRuns: Number(row?.finished ?? 0),
      brokenTraces: Number(row?.broken ?? 0),
    };
  });
}
