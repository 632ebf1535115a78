import "server-only";
import type { Readable } from "node:stream";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { parseJsonRecordFile } from "../import-streams/parse-json-record-file";
import { mapFreshdeskTicket } from "./map-freshdesk-ticket";

/** Freshdesk tickets: a JSON array, or `{ "tickets": [...] }`; each ticket with its `conversations` embedded. */
export function parseFreshdesk(input: NodeJS.ReadableStream | Readable): AsyncGenerator<ImportItem> {
  return parseJsonRecordFile(input, ["tickets"], mapFreshdeskTicket);
}
