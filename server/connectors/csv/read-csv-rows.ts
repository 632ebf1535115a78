import "server-only";
import { parse, type CsvError } from "csv-parse";
import { StringDecoder } from "node:string_decoder";
import { pipeline, Readable } from "node:stream";

/** The header, then one entry per data row in file order: its fields, or why the row is not usable CSV. */
export type CsvRowEvent =
  | { kind: "header"; header: string[]; line: number }
  | { kind: "row"; record: number; line: number; fields: string[] }
  | { kind: "bad"; record: number; line: number; reason: string };

/**
 * The most characters one row may hold. The longest ticket export rows (a long conversation in one cell) fit many
 * times over; a longer row is almost always a quote that is never closed, which would otherwise swallow the rest of
 * the file into one cell held in memory.
 */
export const MAX_CSV_ROW_CHARS = 4_000_000;

/** A row over the limit: csv-parse cannot find where the next row starts after one, so the file stops there. */
export class CsvRowTooLongError extends Error {
  constructor(readonly line: number) {
    super(
      `The row that starts on line ${line} is longer than ${MAX_CSV_ROW_CHARS.toLocaleString("en")} characters, the most one row may be, ` +
        "so reading stopped there. This usually means a quote that is never closed: check the quotes on that line and upload the file again.",
    );
  }
}

/**
 * Streams a CSV through csv-parse. A malformed row (bad quoting, too few or too many fields) is reported with the
 * line it starts on and parsing goes on. CRLF is turned into LF first: csv-parse counts a CRLF inside a quoted
 * field as two lines, which would shift every later line number.
 */
export async function* readCsvRows(input: NodeJS.ReadableStream | Readable, delimiter = ",", maxRowChars = MAX_CSV_ROW_CHARS): AsyncGenerator<CsvRowEvent> {
  const skipped: Array<{ line: number; reason: string }> = [];
  let tooLong = false;
  const parser = parse({
    delimiter,
    max_record_size: maxRowChars,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  parser.on("skip", (err: CsvError & { lines?: number }) => {
    if (err.code === "CSV_MAX_RECORD_SIZE") tooLong = true;
    else skipped.push({ line: err.lines ?? 0, reason: `the row is not valid CSV: ${err.message}` });
  });
  pipeline(Readable.from(normalizeNewlines(input as AsyncIterable<Buffer | string>)), parser, () => {});

  let header: string[] | null = null;
  let record = 0;
  let lastLine = 0;
  for await (const { record: fields, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = info.lines - newlinesIn(fields);
    lastLine = info.lines;
    while (skipped.length > 0 && skipped[0]!.line <= line) {
      const bad = skipped.shift()!;
      if (header) yield { kind: "bad", record: ++record, line: bad.line, reason: bad.reason };
    }
    if (!header) {
      header = fields.map((h) => h.trim());
      yield { kind: "header", header, line };
      continue;
    }
    record += 1;
    yield fieldCountProblem(fields, header.length, record, line) ?? { kind: "row", record, line, fields };
  }
  for (const bad of skipped) yield { kind: "bad", record: ++record, line: bad.line, reason: bad.reason };
  if (tooLong) throw new CsvRowTooLongError(Math.max(lastLine, ...skipped.map((bad) => bad.line)) + 1);
}

function fieldCountProblem(fields: string[], expected: number, record: number, line: number): CsvRowEvent | null {
  // Trailing empty cells (an export's trailing commas) are harmless.
  const extra = fields.slice(expected);
  if (fields.length < expected || extra.some((f) => f.trim() !== "")) {
    return { kind: "bad", record, line, reason: `the row has ${fields.length} fields but the header has ${expected}` };
  }
  return null;
}

function newlinesIn(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) n += 1;
  return n;
}

async function* normalizeNewlines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  for await (const chunk of input) {
    let text = carry + (typeof chunk === "string" ? chunk : decoder.write(chunk));
    carry = "";
    if (text.endsWith("\r")) {
      carry = "\r";
      text = text.slice(0, -1);
    }
    if (text) yield text.replace(/\r\n/g, "\n");
  }
  const rest = carry + decoder.end();
  if (rest) yield rest.replace(/\r\n/g, "\n");
}

/** Header cells by normalised name ("Requester id" -> "requesterid"), for tolerant column lookup. */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, "");
}
