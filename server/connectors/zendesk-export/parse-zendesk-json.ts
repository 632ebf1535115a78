import "server-only";
import type { Readable } from "node:stream";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { readJsonRecords } from "../import-streams/json-records";
import { recordToItem } from "../import-streams/record-item";
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { mapZendeskTicket } from "./map-zendesk-ticket";
import { addSideload, emptySideloads } from "./zendesk-sideloads";

/**
 * Zendesk's incremental export is paged at 1,000 tickets, and a page lists its sideloads (users, groups,
 * metric_sets) after the tickets. So within a page the tickets are held until the page ends and names can be
 * resolved: memory is bounded by one page, never the file. A page with more than `maxBufferedTickets` (not
 * something Zendesk produces) is flushed early with the sideloads seen so far: ids stand in for the missing names.
 */
export const ZENDESK_PAGE_SIZE = 1000;

export async function* parseZendeskJson(
  input: NodeJS.ReadableStream | Readable,
  opts: { maxBufferedTickets?: number; category?: TCategorySource } = {},
): AsyncGenerator<ImportItem> {
  const maxBuffered = opts.maxBufferedTickets ?? ZENDESK_PAGE_SIZE;
  const category = opts.category ?? AUTOMATIC_CATEGORY;
  let side = emptySideloads();
  let inPage = false;
  let record = 0;
  let held: Array<{ record: number; raw: unknown }> = [];

  const flush = function* () {
    for (const { record: r, raw } of held) yield recordToItem({ record: r }, raw, (t) => mapZendeskTicket(t, side, category));
    held = [];
  };

  for await (const event of readJsonRecords(input as AsyncIterable<Buffer>, { recordKeys: ["tickets"] })) {
    switch (event.kind) {
      case "pageStart":
        side = emptySideloads();
        inPage = true;
        break;
      case "sideload":
        addSideload(side, event.key, event.value);
        break;
      case "record":
        record += 1;
        if (!inPage) {
          yield recordToItem({ record }, event.value, (t) => mapZendeskTicket(t, side, category));
          break;
        }
        held.push({ record, raw: event.value });
        if (held.length >= maxBuffered) yield* flush();
        break;
      case "pageEnd":
        yield* flush();
        inPage = false;
        break;
      case "syntaxError":
        yield* flush();
        yield { ok: false, position: { record: record + 1 }, reason: `the file is not valid JSON after record ${record}: ${event.message}` };
        return;
      default: {
        const never: never = event;
        throw new Error(`unknown event ${JSON.stringify(never)}`);
      }
    }
  }
  yield* flush();
}
