import "server-only";
import { Readable } from "node:stream";

/**
 * Reads just enough of a stream to look at its beginning (until `minChars` characters or the end), and gives back
 * a stream that still starts at the first byte. Used to sniff a file's format without reading it whole.
 */
export async function peekStream(
  input: NodeJS.ReadableStream | Readable,
  minChars = 4096,
): Promise<{ head: string; stream: Readable }> {
  const iterator = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < minChars) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    seen.push(chunk);
    size += chunk.length;
  }
  const headBytes = Buffer.concat(seen);
  async function* replay(): AsyncGenerator<Buffer> {
    if (headBytes.length > 0) yield headBytes;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    }
  }
  return { head: headBytes.toString("utf8"), stream: Readable.from(replay(), { objectMode: false }) };
}
