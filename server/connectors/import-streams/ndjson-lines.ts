import "server-only";
import type { Readable } from "node:stream";
import { sizeInWords } from "../../http/body-limit";

export type NdjsonLine =
  | { line: number; record: number; ok: true; value: unknown }
  | { line: number; record: number; ok: false; reason: string };

/**
 * The most one line may hold. A Zendesk export page (a thousand tickets with their sideloads) fits many times over;
 * a longer line is almost always a file that is not NDJSON, and holding it whole could exhaust memory.
 */
export const MAX_NDJSON_LINE_BYTES = 32 * 1024 ** 2;

const LF = 0x0a;
const CR = 0x0d;

/**
 * One JSON value per line, read line by line. Blank lines are skipped (they are not records); a line that is not
 * JSON is reported with its line number and reading goes on. Lines end at LF, CRLF or a lone CR. A line longer than
 * the limit is never held whole: its bytes are dropped as they arrive, it is reported, and reading goes on at the
 * next line.
 */
export async function* readNdjsonLines(input: NodeJS.ReadableStream | Readable, maxLineBytes = MAX_NDJSON_LINE_BYTES): AsyncGenerator<NdjsonLine> {
  const reader = new LineReader(maxLineBytes);
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    yield* reader.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  yield* reader.end();
}

class LineReader {
  private parts: Buffer[] = [];
  private size = 0;
  private tooLong = false;
  private skipLf = false;
  private line = 0;
  private record = 0;

  constructor(private readonly maxLineBytes: number) {}

  push(chunk: Buffer): NdjsonLine[] {
    const out: NdjsonLine[] = [];
    // The LF of a CRLF split between chunks: the CR already ended the line.
    let start = this.skipLf && chunk[0] === LF ? 1 : 0;
    this.skipLf = false;
    let nextLf = chunk.indexOf(LF, start);
    let nextCr = chunk.indexOf(CR, start);
    for (;;) {
      // Each search runs again only once passed, so a chunk is scanned once whatever its line ends.
      if (nextLf !== -1 && nextLf < start) nextLf = chunk.indexOf(LF, start);
      if (nextCr !== -1 && nextCr < start) nextCr = chunk.indexOf(CR, start);
      const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (end === -1) break;
      this.append(chunk.subarray(start, end));
      const done = this.endLine();
      if (done) out.push(done);
      start = end + 1;
      if (chunk[end] === CR) {
        if (start === chunk.length) this.skipLf = true;
        else if (chunk[start] === LF) start += 1;
      }
    }
    // The rest belongs to a line that goes on in the next chunk: copied, so the chunk itself is not kept alive.
    if (start < chunk.length) this.append(Buffer.from(chunk.subarray(start)));
    return out;
  }

  end(): NdjsonLine[] {
    const last = this.size > 0 || this.tooLong ? this.endLine() : null;
    return last ? [last] : [];
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0 || this.tooLong) return;
    this.size += bytes.length;
    if (this.size > this.maxLineBytes) {
      this.tooLong = true;
      this.parts = [];
    } else this.parts.push(bytes);
  }

  private endLine(): NdjsonLine | null {
    this.line += 1;
    const { line, tooLong } = this;
    const raw = tooLong ? "" : Buffer.concat(this.parts, this.size).toString("utf8");
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    if (tooLong) {
      this.record += 1;
      return { line, record: this.record, ok: false, reason: `the line is longer than ${sizeInWords(this.maxLineBytes)}, the most one record may be, so it was skipped` };
    }
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === "") return null;
    this.record += 1;
    return parseLine(text, line, this.record);
  }
}

function parseLine(text: string, line: number, record: number): NdjsonLine {
  try {
    return { line, record, ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { line, record, ok: false, reason: `line is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}
