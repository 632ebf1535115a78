import "server-only";
import type { Readable } from "node:stream";
import { parseGenericCsv } from "./csv/parse-generic-csv";
import type { TCsvMapping } from "../../lib/history-import/csv-mapping";
import { parseFreshdesk } from "./freshdesk/parse-freshdesk";
import type { ImportItem, TImportFormat } from "../../lib/history-import/import-record";
import { peekStream } from "./import-streams/peek-stream";
import { parseIntercom } from "./intercom/parse-intercom";
import type { TCategorySource } from "../../lib/history-import/category-source";
import { parseZendeskCsv } from "./zendesk-export/parse-zendesk-csv";
import { parseZendeskJson } from "./zendesk-export/parse-zendesk-json";
import { parseZendeskNdjson } from "./zendesk-export/parse-zendesk-ndjson";

export interface ParseImportOptions {
  /** Required for the generic "csv" format. */
  mapping?: TCsvMapping;
  /** Lets a Zendesk export's extension (.json, .ndjson/.jsonl, .csv) decide its layout instead of sniffing. */
  fileName?: string;
  /** Zendesk: where each ticket's category comes from (default: automatic, a field named like a category). */
  category?: TCategorySource;
}

export type ZendeskLayout = "json" | "ndjson" | "csv";

/**
 * Streams an export file as import items, one per record, in file order. Nothing here holds the whole file; a bad
 * record becomes a rejected item and reading goes on. Throws only when the file cannot be read at all in this
 * format (a CSV without a mapping, a mapping naming columns the file lacks).
 */
export async function* parseImport(
  input: NodeJS.ReadableStream | Readable,
  format: TImportFormat,
  opts: ParseImportOptions = {},
): AsyncGenerator<ImportItem> {
  switch (format) {
    case "zendesk":
      yield* parseZendesk(input, opts.fileName, opts.category);
      return;
    case "freshdesk":
      yield* parseFreshdesk(input);
      return;
    case "intercom":
      yield* parseIntercom(input);
      return;
    case "csv":
      if (!opts.mapping) throw new Error("A CSV import needs a column mapping");
      yield* parseGenericCsv(input, opts.mapping);
      return;
    default: {
      const never: never = format;
      throw new Error(`Unknown import format ${String(never)}`);
    }
  }
}

async function* parseZendesk(input: NodeJS.ReadableStream | Readable, fileName?: string, category?: TCategorySource): AsyncGenerator<ImportItem> {
  let layout = fileName ? zendeskLayoutFromName(fileName) : null;
  let stream: NodeJS.ReadableStream | Readable = input;
  if (!layout) {
    const peeked = await peekStream(input, 64 * 1024);
    layout = sniffZendeskLayout(peeked.head);
    stream = peeked.stream;
  }
  switch (layout) {
    case "json":
      yield* parseZendeskJson(stream, { category });
      return;
    case "ndjson":
      yield* parseZendeskNdjson(stream, { category });
      return;
    case "csv":
      yield* parseZendeskCsv(stream, { category });
      return;
    default: {
      const never: never = layout;
      throw new Error(`Unknown Zendesk layout ${String(never)}`);
    }
  }
}

export function zendeskLayoutFromName(fileName: string): ZendeskLayout | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) return "ndjson";
  if (name.endsWith(".json")) return "json";
  return null;
}

/**
 * Decides from the file's beginning. "[" is a JSON array. "{" is either one JSON document (a page, usually
 * pretty-printed or one long line) or NDJSON: it is NDJSON when one of the first complete lines is a JSON object
 * on its own and more follows, which a pretty-printed document never has. Anything else is CSV.
 */
export function sniffZendeskLayout(head: string): ZendeskLayout {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("[")) return "json";
  if (!text.startsWith("{")) return "csv";
  const lines = text.split("\n");
  const complete = lines.slice(0, -1).slice(0, 3);
  const hasMore = lines.slice(1).some((l) => l.trim() !== "");
  for (const line of complete) {
    if (!hasMore) break;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === "object" && value !== null) return "ndjson";
    } catch {
      // not a complete value on one line: keep looking
    }
  }
  return "json";
}
