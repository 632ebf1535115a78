import type { Readable } from "node:stream";
import type { ImportItem } from "../import-record";
import { readJsonRecords } from "../import-streams/json-records";
import { recordToItem } from "../import-streams/record-item";
import { mapFreshdeskTicket } from "./map-freshdesk-ticket";

/** Freshdesk tickets: a JSON array, or `{ "tickets": [...] }`; each ticket with its `conversations` embedded. */
export async function* parseFreshdesk(input: NodeJS.ReadableStream | Readable): AsyncGenerator<ImportItem> {
  let record = 0;
  for await (const event of readJsonRecords(input as AsyncIterable<Buffer>, { recordKeys: ["tickets"] })) {
    switch (event.kind) {
      case "record":
        record += 1;
        yield recordToItem({ record }, event.value, mapFreshdeskTicket);
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
