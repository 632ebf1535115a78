import "server-only";
import type { Readable } from "node:stream";
import type { ImportItem } from "../../../lib/history-import/import-record";
import type { JsonObject } from "./import-values";
import { readJsonRecords } from "./json-records";
import { recordToItem, type MappedRecord } from "./record-item";

/**
 * A JSON export whose records need nothing but themselves (no sideloads): a bare array, or pages holding the
 * records under one of `recordKeys`. A syntax error ends the file as one rejection after the last good record.
 */
export async function* parseJsonRecordFile(
  input: NodeJS.ReadableStream | Readable,
  recordKeys: string[],
  map: (record: JsonObject) => MappedRecord,
): AsyncGenerator<ImportItem> {
  let record = 0;
  for await (const event of readJsonRecords(input as AsyncIterable<Buffer>, { recordKeys })) {
    switch (event.kind) {
      case "record":
        record += 1;
        yield recordToItem({ record }, event.value, map);
        break;
      case "syntaxError":
        yield { ok: false, position: { record: record + 1 }, reason: `the file is not valid JSON after record ${record}: ${event.message}` };
        return;
      case "pageStart":
      case "sideload":
      case "pageEnd":
        break;
      default: {
        const never: never = event;
        throw new Error(`unknown event ${JSON.stringify(never)}`);
      }
    }
  }
}
