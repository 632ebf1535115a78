import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNdjsonLines, type NdjsonLine } from "./ndjson-lines";

async function lines(chunks: Array<string | Buffer>, maxLineBytes?: number): Promise<NdjsonLine[]> {
  const out: NdjsonLine[] = [];
  for await (const line of readNdjsonLines(Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))), maxLineBytes)) out.push(line);
  return out;
}

describe("readNdjsonLines", () => {
  it("reads one value per line with its line and record numbers, skipping blank lines and a leading BOM", async () => {
    expect(await lines(['\uFEFF{"id":1}\n\n  \r\n{"id":2}\r{"id":"é"}'])).toEqual([
      { line: 1, record: 1, ok: true, value: { id: 1 } },
      { line: 4, record: 2, ok: true, value: { id: 2 } },
      { line: 5, record: 3, ok: true, value: { id: "é" } },
    ]);
  });

  it("reports a line that is not JSON and goes on", async () => {
    const read = await lines(['{"id":1}\n{nope\n{"id":3}\n']);
    expect(read.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(read[1]).toMatchObject({ record: 2, reason: expect.stringContaining("line is not valid JSON") });
  });

  it("reports a line over the limit with its line number, holds none of it, and reads the next line", async () => {
    const long = `{"id":2,"body":"${"x".repeat(5000)}"}`;
    const read = await lines([`{"id":1}\n${long.slice(0, 2000)}`, long.slice(2000, 4000), `${long.slice(4000)}\r\n{"id":3}`], 1024);
    expect(read).toEqual([
      { line: 1, record: 1, ok: true, value: { id: 1 } },
      { line: 2, record: 2, ok: false, reason: "the line is longer than 1 KB, the most one record may be, so it was skipped" },
      { line: 3, record: 3, ok: true, value: { id: 3 } },
    ]);
  });

  it("takes a line of exactly the limit, and reports an unterminated last line over it", async () => {
    const exact = `"${"y".repeat(1022)}"`;
    expect(await lines([`${exact}\n`], 1024)).toEqual([{ line: 1, record: 1, ok: true, value: "y".repeat(1022) }]);
    expect(await lines([`{"id":1}\n${exact}z`], 1024)).toMatchObject([{ ok: true }, { line: 2, ok: false }]);
  });

  it("reads the same lines whatever the chunk boundaries (a CRLF or a character split between chunks)", async () => {
    const text = '{"a":"é"}\r\n\r\n{"b":"日本"}\r{"c":1}\n{bad\n';
    const whole = await lines([text]);
    const bytes = Buffer.from(text);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 6 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => bytes.subarray(at[i], end));
        expect(await lines(chunks)).toEqual(whole);
      }),
    );
  });
});
