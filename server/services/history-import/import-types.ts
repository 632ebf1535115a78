import "server-only";
import type { ImportItem, ImportPosition } from "../../../lib/history-import/import-record";

export interface ImportRejection extends ImportPosition {
  reason: string;
}

/** Running totals of an import; `records` counts every record read, good or bad. */
export interface ImportCounts {
  records: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportTicketsOptions {
  /** The ticket source the external ids belong to ("zendesk", "csv", "demo", ...). */
  source: string;
  /** Tickets per transaction. */
  batchSize?: number;
  /** Batches written concurrently (default 2). */
  writers?: number;
  /** Called after each committed batch, e.g. to update a progress bar or an ImportJob row. */
  onBatch?: (counts: ImportCounts) => void | Promise<void>;
  /** How many rejections to keep with their reasons (all are counted). */
  keepRejections?: number;
}

export interface ImportResult extends ImportCounts {
  rejections: ImportRejection[];
}

export type ImportItems = AsyncIterable<ImportItem> | Iterable<ImportItem>;
