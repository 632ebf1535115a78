import "server-only";
import type { Readable } from "node:stream";
import { readCsvRows } from "./read-csv-rows";

export interface CsvPreview {
  header: string[];
  /** Up to `PREVIEW_ROWS` data rows, cells in header order (malformed rows are left out). */
  rows: string[][];
}

export const PREVIEW_ROWS = 5;

/**
 * The header and the first rows, for the mapping step. Stops reading as soon as it has them and releases the
 * stream, so a 200,000-row upload is not read to show five rows.
 */
export async function readCsvHeader(input: NodeJS.ReadableStream | Readable, delimiter = ","): Promise<CsvPreview> {
  const preview: CsvPreview = { header: [], rows: [] };
  try {
    for await (const event of readCsvRows(input, delimiter)) {
      if (event.kind === "header") preview.header = event.header;
      else if (event.kind === "row") preview.rows.push(event.fields.slice(0, preview.header.length));
      if (preview.rows.length >= PREVIEW_ROWS) break;
    }
  } finally {
    const destroy = (input as Partial<Readable>).destroy;
    if (typeof destroy === "function") destroy.call(input);
  }
  return preview;
}
