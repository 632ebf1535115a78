import "server-only";
import type { Readable } from "node:stream";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { parseJsonRecordFile } from "../import-streams/parse-json-record-file";
import { mapIntercomConversation } from "./map-intercom-conversation";

/** Intercom conversations: a JSON array, or `{ "type": "conversation.list", "conversations": [...] }` pages. */
export function parseIntercom(input: NodeJS.ReadableStream | Readable): AsyncGenerator<ImportItem> {
  return parseJsonRecordFile(input, ["conversations"], mapIntercomConversation);
}
