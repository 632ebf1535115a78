import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { EXPECTED_IMPORTS } from "./fixtures/imports/expected";
import { parseFixture } from "./fixtures/imports/read-fixture";
import { parseImport, sniffZendeskLayout, zendeskLayoutFromName } from "./parse-import";

describe("parseImport on every fixture", () => {
  for (const [name, expected] of Object.entries(EXPECTED_IMPORTS)) {
    it(`${name}: ${expected.ok} ok and ${expected.rejected} rejected, at their exact positions`, async () => {
      const items = await parseFixture(name);
      expect(items).toHaveLength(expected.records);
      expect(items.map((i) => i.position.record)).toEqual(Array.from({ length: expected.records }, (_, k) => k + 1));
      expect(items.flatMap((i) => (i.ok ? [i.ticket.externalId] : []))).toEqual(expected.okIds);
      const rejected = items.flatMap((i) => (i.ok ? [] : [{ ...i.position, reason: i.reason }]));
      expect(rejected).toHaveLength(expected.rejected);
      expected.rejectedReasons.forEach((want, k) => {
        expect(rejected[k]).toMatchObject({ record: want.record, ...(want.line !== undefined ? { line: want.line } : {}) });
        expect(rejected[k]!.reason).toContain(want.reasonIncludes);
      });
    });
  }

  it("reads Zendesk files the same without a file name, by sniffing their first bytes", async () => {
    for (const name of ["zendesk-incremental.json", "zendesk-tickets.ndjson", "zendesk-export.csv"]) {
      const named = await parseFixture(name);
      const sniffed = await parseFixture(name, { sniff: true });
      expect(sniffed).toEqual(named);
    }
  });

  it("refuses a generic CSV without a mapping", async () => {
    const run = async () => {
      for await (const _ of parseImport(Readable.from(["a,b\n1,2\n"]), "csv", {})) void _;
    };
    await expect(run()).rejects.toThrow("A CSV import needs a column mapping");
  });
});

describe("Zendesk layout", () => {
  it("follows the file extension", () => {
    expect(zendeskLayoutFromName("export.JSON")).toBe("json");
    expect(zendeskLayoutFromName("tickets.jsonl")).toBe("ndjson");
    expect(zendeskLayoutFromName("tickets.ndjson")).toBe("ndjson");
    expect(zendeskLayoutFromName("tickets.csv")).toBe("csv");
    expect(zendeskLayoutFromName("tickets.txt")).toBeNull();
  });

  it("sniffs arrays, pretty-printed pages, one-line pages, NDJSON and CSV", () => {
    expect(sniffZendeskLayout('  [{"id":1}]')).toBe("json");
    expect(sniffZendeskLayout('{\n  "tickets": [\n    {"id": 1},\n')).toBe("json");
    expect(sniffZendeskLayout('{"tickets":[{"id":1}],"users":[]}')).toBe("json");
    expect(sniffZendeskLayout('{"id":1}\n{"id":2}\n')).toBe("ndjson");
    expect(sniffZendeskLayout('{"id": 1, "subject": "bro\n{"id":2}\n{"id":3}\n')).toBe("ndjson");
    expect(sniffZendeskLayout('\uFEFF"Id","Subject"\n"1","Hi"\n')).toBe("csv");
  });
});
