import "server-only";
import type { Readable } from "node:stream";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { asArray, asObject } from "../import-streams/import-values";
import { readNdjsonLines } from "../import-streams/ndjson-lines";
import { recordToItem } from "../import-streams/record-item";
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { mapZendeskTicket } from "./map-zendesk-ticket";
import { addSideload, emptySideloads, type ZendeskSideloads } from "./zendesk-sideloads";

/**
 * One Zendesk ticket per line (tickets may embed comments, metric_set, satisfaction_rating and requester). A line
 * may also hold a whole incremental export page (`{"tickets": [...], "users": [...]}`), as written by exporters
 * that save each API response on its own line: its tickets count as records of that line.
 */
export async function* parseZendeskNdjson(
  input: NodeJS.ReadableStream | Readable,
  opts: { category?: TCategorySource } = {},
): AsyncGenerator<ImportItem> {
  const category = opts.category ?? AUTOMATIC_CATEGORY;
  let record = 0;
  const none = emptySideloads();
  for await (const line of readNdjsonLines(input)) {
    if (!line.ok) {
      record += 1;
      yield { ok: false, position: { record, line: line.line }, reason: line.reason };
      continue;
    }
    const page = asObject(line.value);
    if (page && Array.isArray(page.tickets)) {
      const side = pageSideloads(page);
      for (const raw of asArray(page.tickets)) {
        record += 1;
        yield recordToItem({ record, line: line.line }, raw, (t) => mapZendeskTicket(t, side, category));
      }
      continue;
    }
    record += 1;
    yield recordToItem({ record, line: line.line }, line.value, (t) => mapZendeskTicket(t, none, category));
  }
}

function pageSideloads(page: Record<string, unknown>): ZendeskSideloads {
  const side = emptySideloads();
  for (const [key, value] of Object.entries(page)) addSideload(side, key, value);
  return side;
}
