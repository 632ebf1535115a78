import { describe, expect, it } from "vitest";
import { readJsonRecords, type JsonRecordEvent } from "./json-records";

async function events(chunks: string[]): Promise<JsonRecordEvent[]> {
  const out: JsonRecordEvent[] = [];
  async function* source() {
    for (const c of chunks) yield Buffer.from(c);
  }
  for await (const e of readJsonRecords(source(), { recordKeys: ["tickets"] })) out.push(e);
  return out;
}

describe("readJsonRecords", () => {
  it("emits records and sideloads of a page in file order, whatever the chunk boundaries", async () => {
    const text = '{"tickets":[{"id":1,"s":"a}b"},{"id":2}],"users":[{"id":9}],"count":2}';
    const whole = await events([text]);
    expect(whole).toEqual([
      { kind: "pageStart" },
      { kind: "record", value: { id: 1, s: "a}b" } },
      { kind: "record", value: { id: 2 } },
      { kind: "sideload", key: "users", value: [{ id: 9 }] },
      { kind: "sideload", key: "count", value: 2 },
      { kind: "pageEnd" },
    ]);
    expect(await events(text.split(""))).toEqual(whole);
  });

  it("decodes multi-byte characters split across chunks and drops a byte-order mark", async () => {
    const bytes = Buffer.from('\uFEFF[{"s":"café ❤"}]');
    const out: JsonRecordEvent[] = [];
    async function* source() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    }
    for await (const e of readJsonRecords(source(), { recordKeys: ["tickets"] })) out.push(e);
    expect(out).toEqual([{ kind: "record", value: { s: "café ❤" } }]);
  });

  it("treats primitives in a record array as records, for the caller to reject", async () => {
    expect(await events(['[1,"x",null]'])).toEqual([
      { kind: "record", value: 1 },
      { kind: "record", value: "x" },
      { kind: "record", value: null },
    ]);
  });

  it("stops at a syntax error after emitting everything before it", async () => {
    const out = await events(['[{"id":1},{"id":2} {"id":3}]']);
    expect(out.slice(0, 2)).toEqual([
      { kind: "record", value: { id: 1 } },
      { kind: "record", value: { id: 2 } },
    ]);
    expect(out[2]).toMatchObject({ kind: "syntaxError" });
    expect(out).toHaveLength(3);
  });
});
