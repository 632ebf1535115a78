import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CsvRowTooLongError, readCsvRows, type CsvRowEvent } from "./read-csv-rows";

async function read(text: string, maxRowChars?: number): Promise<{ events: CsvRowEvent[]; error: unknown }> {
  const events: CsvRowEvent[] = [];
  try {
    for await (const event of readCsvRows(Readable.from([Buffer.from(text)]), ",", maxRowChars)) events.push(event);
    return { events, error: null };
  } catch (error) {
    return { events, error };
  }
}

describe("readCsvRows' row limit", () => {
  it("reads rows up to the limit as usual", async () => {
    const { events, error } = await read(`id,body\n1,${"x".repeat(90)}\n2,short\n`, 100);
    expect(error).toBeNull();
    expect(events.map((e) => e.kind)).toEqual(["header", "row", "row"]);
  });

  it("stops at a row over the limit with a sentence naming the line it starts on, after yielding the rows before it", async () => {
    const { events, error } = await read(`id,body\n1,"ok\nstill ok"\n2,"${"x".repeat(500)}\n3,never seen\n`, 100);
    expect(events).toEqual([
      { kind: "header", header: ["id", "body"], line: 1 },
      { kind: "row", record: 1, line: 2, fields: ["1", "ok\nstill ok"] },
    ]);
    expect(error).toBeInstanceOf(CsvRowTooLongError);
    expect((error as CsvRowTooLongError).line).toBe(4);
    expect((error as Error).message).toBe(
      "The row that starts on line 4 is longer than 4,000,000 characters, the most one row may be, so reading stopped there. " +
        "This usually means a quote that is never closed: check the quotes on that line and upload the file again.",
    );
  });
});
