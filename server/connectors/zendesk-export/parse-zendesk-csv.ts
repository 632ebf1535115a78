import "server-only";
import type { Readable } from "node:stream";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { readCsvRows } from "../csv/read-csv-rows";
import { toImportItem } from "../../../lib/history-import/import-record";
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { mapZendeskCsvRow, zendeskCsvColumns, type ZendeskCsvColumns } from "./map-zendesk-csv-row";

/** Zendesk's CSV ticket export: the column names are Zendesk's own, so no mapping step is needed. */
export async function* parseZendeskCsv(
  input: NodeJS.ReadableStream | Readable,
  opts: { category?: TCategorySource } = {},
): AsyncGenerator<ImportItem> {
  const category = opts.category ?? AUTOMATIC_CATEGORY;
  let cols: ZendeskCsvColumns | null = null;
  for await (const event of readCsvRows(input)) {
    switch (event.kind) {
      case "header":
        cols = zendeskCsvColumns(event.header);
        if (cols.index("Id") === undefined) {
          throw new Error(`This is not a Zendesk ticket CSV export: it has no "Id" column (columns: ${event.header.join(", ")})`);
        }
        break;
      case "bad":
        yield { ok: false, position: { record: event.record, line: event.line }, reason: event.reason };
        break;
      case "row": {
        const position = { record: event.record, line: event.line };
        const mapped = mapZendeskCsvRow(event.fields, cols!, category);
        yield "reason" in mapped ? { ok: false, position, reason: mapped.reason } : toImportItem(position, mapped.input);
        break;
      }
      default: {
        const never: never = event;
        throw new Error(`unknown CSV event ${JSON.stringify(never)}`);
      }
    }
  }
}
