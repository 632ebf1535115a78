import "server-only";
import { toImportItem, type ImportItem, type ImportPosition } from "../../../lib/history-import/import-record";
import { asObject, jsonTypeOf, type JsonObject } from "./import-values";

/** A parser's verdict on one record before validation: the ticket fields, or why the record cannot be a ticket. */
export type MappedRecord = { input: unknown } | { reason: string };

/** Checks the record is an object, maps it, and validates the result against the ticket schema. */
export function recordToItem(position: ImportPosition, raw: unknown, map: (record: JsonObject) => MappedRecord): ImportItem {
  const record = asObject(raw);
  if (!record) return { ok: false, position, reason: `record is not a JSON object (it is ${jsonTypeOf(raw)})` };
  const mapped = map(record);
  if ("reason" in mapped) return { ok: false, position, reason: mapped.reason };
  return toImportItem(position, mapped.input);
}
