import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TImportTicket } from "../../../lib/history-import/import-record";
import type { ImportCounts, ImportItems, ImportRejection, ImportResult, ImportTicketsOptions } from "./import-types";
import { writeTicketBatch } from "./write-ticket-batch";

const DEFAULT_BATCH = 1000;
const DEFAULT_KEPT_REJECTIONS = 500;
/**
 * Batches written at once, each in its own transaction on its own connection. PostgreSQL spends most of an
 * import's time maintaining indexes; two writers keep two cores busy while this process parses the next batch.
 */
const DEFAULT_WRITERS = 2;

/**
 * Writes a stream of parsed records in batches, one transaction per batch. Bad records are counted and kept
 * with their position and reason; they never stop the import. Idempotent on (source, externalId): a record
 * identical to what is stored changes nothing, a changed one updates the ticket in place.
 */
export async function importTickets(prisma: PrismaClient, items: ImportItems, opts: ImportTicketsOptions): Promise<ImportResult> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const keep = opts.keepRejections ?? DEFAULT_KEPT_REJECTIONS;
  const writers = Math.max(1, opts.writers ?? DEFAULT_WRITERS);
  const counts: ImportCounts = { records: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejections: ImportRejection[] = [];
  const queueIds = new Map<string, string>();
  const inFlight = new Set<Promise<void>>();
  /** Ids in the batch being filled and in the batches being written. */
  const pendingIds = new Set<string>();
  let batch: TImportTicket[] = [];

  const write = async (tickets: TImportTicket[]) => {
    const written = await writeTicketBatch(prisma, opts.source, tickets, queueIds);
    counts.imported += written.inserted;
    counts.updated += written.updated;
    counts.unchanged += tickets.length - written.inserted - written.updated;
    for (const t of tickets) pendingIds.delete(t.externalId);
    await opts.onBatch?.({ ...counts });
  };
  const drain = async () => {
    await Promise.all(inFlight);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    if (inFlight.size >= writers) await Promise.race(inFlight);
    const job = write(batch).finally(() => inFlight.delete(job));
    // A failed write rejects `job`; it surfaces at the next race or drain, so it is never unhandled.
    job.catch(() => undefined);
    inFlight.add(job);
    batch = [];
  };

  for await (const item of items) {
    counts.records++;
    if (!item.ok) {
      counts.rejected++;
      if (rejections.length < keep) rejections.push({ ...item.position, reason: item.reason });
      continue;
    }
    // The same ticket twice in one export (an incremental export lists a ticket again after each change):
    // everything before it is written first, so the later copy updates the earlier one, as re-importing would.
    if (pendingIds.has(item.ticket.externalId)) {
      await flush();
      await drain();
    }
    batch.push(item.ticket);
    pendingIds.add(item.ticket.externalId);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await drain();
  // Fresh statistics: the audit runs right after an import, and with the planner still estimating the tables
  // as they were before thousands of rows arrived, its joins can pick plans that take minutes instead of seconds.
  if (counts.imported + counts.updated > 0) await prisma.$executeRawUnsafe(`ANALYZE "Customer", "Ticket", "Message"`);
  // A file of rejected rows only still reports its final counts.
  if (counts.imported + counts.updated + counts.unchanged === 0) await opts.onBatch?.({ ...counts });
  return { ...counts, rejections };
}
