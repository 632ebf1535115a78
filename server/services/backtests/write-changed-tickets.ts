import "server-only";
import type { Prisma } from "@prisma/client";
import type { ChangedTicket } from "../../../workflows/interpret/replay/types";
import { batchIdPrefix, rowIdSql } from "../history-import/row-ids";

const ROWS_PER_STATEMENT = 500;

/**
 * Stores a chunk's changed tickets with both traces. One statement per few hundred rows over a JSON parameter
 * (json_to_recordset), as the importer writes tickets: the traces make these rows large, and a parameter per
 * column per row is what made the write, not the replay, the slow part of a backtest. The caller writes them in
 * the transaction that marks the chunk completed, so a ticket is never stored twice for a run; the conflict clause
 * only makes that explicit.
 */
export async function writeChangedTickets(tx: Prisma.TransactionClient, runId: string, changed: ChangedTicket[]): Promise<void> {
  for (let start = 0; start < changed.length; start += ROWS_PER_STATEMENT) {
    const rows = changed.slice(start, start + ROWS_PER_STATEMENT).map((c, n) => ({
      n,
      ticketId: c.ticketId,
      subject: c.subject,
      category: c.category,
      ticketCreatedAt: c.createdAt,
      baseline: c.baseline,
      candidate: c.candidate,
      divergence: c.divergence,
      divergenceNodeId: c.divergence.nodeId,
      explanation: c.divergence.explanation,
      baselineTrace: c.baselineTrace,
      candidateTrace: c.candidateTrace,
    }));
    await tx.$executeRawUnsafe(
      `INSERT INTO "BacktestChangedTicket" (id, "runId", "ticketId", subject, category, "ticketCreatedAt", baseline, candidate, divergence,
         "divergenceNodeId", explanation, "baselineTrace", "candidateTrace")
       SELECT ${rowIdSql("$3")}, $1, r."ticketId", r.subject, r.category, r."ticketCreatedAt"::timestamptz AT TIME ZONE 'UTC', r.baseline, r.candidate,
         r.divergence, r."divergenceNodeId", r.explanation, r."baselineTrace", r."candidateTrace"
       FROM json_to_recordset($2::json) AS r(n integer, "ticketId" text, subject text, category text, "ticketCreatedAt" text, baseline jsonb,
         candidate jsonb, divergence jsonb, "divergenceNodeId" text, explanation text, "baselineTrace" jsonb, "candidateTrace" jsonb)
       ON CONFLICT ("runId", "ticketId") DO NOTHING`,
      runId,
      JSON.stringify(rows),
      batchIdPrefix(),
    );
  }
}
