import "server-only";
import { createReadStream } from "node:fs";
import { readJsonRecords } from "../../../connectors/import-streams/json-records";
import { readNdjsonLines } from "../../../connectors/import-streams/ndjson-lines";
import { peekStream } from "../../../connectors/import-streams/peek-stream";
import { ZHistoricalTicketSchema } from "../../../../workflows/interpret/replay/historical-ticket-schema";
import type { HistoricalTicket } from "../../../../workflows/interpret/replay/types";

/**
 * Historical tickets from a file, streamed: NDJSON (one HistoricalTicket per line) or a JSON array of them,
 * told apart by the first character. Only one record is parsed at a time, so a file of any size replays
 * in flat memory. A backtest on a bad file would be silently wrong, so the first invalid record stops the
 * read with its line (NDJSON) or record number (array) and the failing field.
 */
export async function* readTicketFile(path: string): AsyncGenerator<HistoricalTicket> {
  const { head, stream } = await peekStream(createReadStream(path), 64);
  const isArray = head.replace(/^\uFEFF/, "").trimStart().startsWith("[");
  if (isArray) {
    let record = 0;
    for await (const event of readJsonRecords(stream, { recordKeys: [] })) {
      switch (event.kind) {
        case "record":
          record += 1;
          yield validTicket(event.value, `${path}: record ${record}`);
          break;
        case "syntaxError":
          throw new Error(`${path}: not valid JSON after record ${record}: ${event.message}`);
        case "pageStart":
        case "pageEnd":
        case "sideload":
          throw new Error(`${path}: expected a JSON array of tickets, found an object at the top level`);
        default: {
          const never: never = event;
          throw new Error(`Unknown JSON event ${JSON.stringify(never)}`);
        }
      }
    }
    return;
  }
  for await (const line of readNdjsonLines(stream)) {
    if (!line.ok) throw new Error(`${path}: line ${line.line}: ${line.reason}`);
    yield validTicket(line.value, `${path}: line ${line.line}`);
  }
}

function validTicket(value: unknown, where: string): HistoricalTicket {
  const parsed = ZHistoricalTicketSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return fail(`${where}: ${field}${issue.message}`);
}

function fail(message: string): never {
  throw new Error(message);
}
