import "server-only";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";

export type NdjsonLine =
  | { line: number; record: number; ok: true; value: unknown }
  | { line: number; record: number; ok: false; reason: string };

/**
 * One JSON value per line, read line by line. Blank lines are skipped (they are not records); a line that is not
 * JSON is reported with its line number and reading goes on.
 */
export async function* readNdjsonLines(input: NodeJS.ReadableStream | Readable): AsyncGenerator<NdjsonLine> {
  const lines = createInterface({ input: input as NodeJS.ReadableStream, crlfDelay: Infinity });
  let line = 0;
  let record = 0;
  for await (const raw of lines) {
    line += 1;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === "") continue;
    record += 1;
    yield parseLine(text, line, record);
  }
}

function parseLine(text: string, line: number, record: number): NdjsonLine {
  try {
    return { line, record, ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { line, record, ok: false, reason: `line is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}
