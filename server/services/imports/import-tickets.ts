import type { PrismaClient } from "@prisma/client";
import type { TImportTicket } from "../../connectors/import-record";
import type { ImportCounts, ImportItems, ImportRejection, ImportResult, ImportTicketsOptions } from "./import-types";
import { writeTicketBatch } from "./write-ticket-batch";

const DEFAULT_BATCH = 1000;
const DEFAULT_KEPT_REJECTIONS = 500;

/**
 * Writes a stream of parsed records in batches, one transaction per batch. Bad records are counted and kept
 * with their position and reason; they never stop the import. Idempotent on (source, externalId): a record
 * identical to what is stored changes nothing, a changed one updates the ticket in place.
 */
export async function importTickets(prisma: PrismaClient, items: ImportItems, opts: ImportTicketsOptions): Promise<ImportResult> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const keep = opts.keepRejections ?? DEFAULT_KEPT_REJECTIONS;
  const counts: ImportCounts = { records: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rejections: ImportRejection[] = [];
  const queueIds = new Map<string, string>();
  let batch: TImportTicket[] = [];
  let idsInBatch = new Set<string>();

  const flush = async () => {
    if (batch.length === 0) return;
    const written = await writeTicketBatch(prisma, opts.source, batch, queueIds);
    counts.imported += written.inserted;
    counts.updated += written.updated;
    counts.unchanged += batch.length - written.inserted - written.updated;
    batch = [];
    idsInBatch = new Set();
    await opts.onBatch?.({ ...counts });
  };

  for await (const item of items) {
    counts.records++;
    if (!item.ok) {
      counts.rejected++;
      if (rejections.length < keep) rejections.push({ ...item.position, reason: item.reason });
      continue;
    }
    // The same ticket twice in one export (an incremental export lists a ticket again after each change):
    // the earlier copy is written first, so the later one updates it, as re-importing it would.
    if (idsInBatch.has(item.ticket.externalId)) await flush();
    batch.push(item.ticket);
    idsInBatch.add(item.ticket.externalId);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  // A file of rejected rows only still reports its final counts.
  if (counts.imported + counts.updated + counts.unchanged === 0) await opts.onBatch?.({ ...counts });
  return { ...counts, rejections };
}
