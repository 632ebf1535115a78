import "server-only";
import type { Readable } from "node:stream";
import { toImportItem, type ImportItem } from "../../../lib/history-import/import-record";
import { CSV_TARGET_FIELDS, type TCsvMapping, type TCsvTargetField } from "../../../lib/history-import/csv-mapping";
import { csvRowReason } from "./csv-row-reason";
import { mapCsvRow } from "./map-csv-row";
import { readCsvRows } from "./read-csv-rows";

/** The mapping names a column this file does not have: no row could be read correctly, so nothing is read. */
export class CsvMappingMismatchError extends Error {}

/** A spreadsheet export read through a column mapping; each row is one ticket. */
export async function* parseGenericCsv(input: NodeJS.ReadableStream | Readable, mapping: TCsvMapping): AsyncGenerator<ImportItem> {
  let columnOf = new Map<TCsvTargetField, number>();
  for await (const event of readCsvRows(input, mapping.delimiter)) {
    switch (event.kind) {
      case "header":
        columnOf = resolveColumns(event.header, mapping);
        break;
      case "bad":
        yield { ok: false, position: { record: event.record, line: event.line }, reason: event.reason };
        break;
      case "row": {
        const position = { record: event.record, line: event.line };
        const fields = event.fields;
        const cell = (field: TCsvTargetField) => {
          const i = columnOf.get(field);
          return i === undefined ? "" : (fields[i] ?? "");
        };
        const mapped = mapCsvRow(cell, mapping);
        const item: ImportItem = "reason" in mapped ? { ok: false, position, reason: mapped.reason } : toImportItem(position, mapped.input);
        yield item.ok ? item : { ...item, reason: csvRowReason(item.reason, mapping, cell) };
        break;
      }
      default: {
        const never: never = event;
        throw new Error(`unknown CSV event ${JSON.stringify(never)}`);
      }
    }
  }
}

function resolveColumns(header: string[], mapping: TCsvMapping): Map<TCsvTargetField, number> {
  const out = new Map<TCsvTargetField, number>();
  const missing: string[] = [];
  for (const field of CSV_TARGET_FIELDS) {
    const column = mapping.columns[field];
    if (!column) continue;
    const index = header.indexOf(column.trim());
    if (index < 0) missing.push(`"${column}" (mapped to ${field})`);
    else out.set(field, index);
  }
  if (missing.length > 0) {
    throw new CsvMappingMismatchError(`The file has no column ${missing.join(", ")}. Its columns are: ${header.join(", ")}`);
  }
  return out;
}
