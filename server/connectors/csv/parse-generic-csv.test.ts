import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { GENERIC_CSV_MAPPING } from "../fixtures/imports/expected";
import { fixtureStream, okTicket, parseFixture } from "../fixtures/imports/read-fixture";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { ZCsvMappingSchema } from "../../../lib/history-import/csv-mapping";
import { CsvMappingMismatchError, parseGenericCsv } from "./parse-generic-csv";
import { readCsvHeader } from "./read-csv-header";
import { suggestCsvMapping } from "./suggest-csv-mapping";

async function collect(items: AsyncIterable<ImportItem>): Promise<ImportItem[]> {
  const out: ImportItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const mapping = ZCsvMappingSchema.parse({ columns: { externalId: "id", body: "text", createdAt: "at" } });
const withReply = ZCsvMappingSchema.parse({ columns: { ...mapping.columns, agentReply: "reply" } });

describe("generic CSV", () => {
  it("maps a row through the mapping: tags, enterprise, csat words, channel and priority synonyms", async () => {
    const items = await parseFixture("generic.csv");
    expect(okTicket(items, "G-1001")).toMatchObject({
      subject: "Refund",
      body: "I was charged twice for one order",
      channel: "email",
      priority: "high",
      status: "solved",
      category: "refund",
      queue: "Billing",
      assignee: "Sam",
      tags: ["billing", "refund"],
      csat: 4,
      handleTimeSec: 600,
      pageUrl: "https://shop.example.com/orders",
      customer: { externalId: "ana@example.com", email: "ana@example.com", name: "Ana Diaz", plan: "enterprise", enterprise: true },
    });
    expect(okTicket(items, "G-1002")).toMatchObject({ body: "I cannot log in.\nThe reset email never arrives.", csat: 5, customer: { enterprise: false } });
    expect(okTicket(items, "G-1008")).toMatchObject({ channel: "web", priority: "normal", assignee: null });
  });

  it("places an agent reply at the first response time, or 10 minutes after creation without one", async () => {
    const items = await parseFixture("generic.csv");
    const noFirst = okTicket(items, "G-1001");
    expect(noFirst.firstResponseAt).toBeNull();
    expect(noFirst.messages.map((m) => [m.author, m.createdAt.toISOString()])).toEqual([
      ["customer", "2024-04-01T08:00:00.000Z"],
      ["agent", "2024-04-01T08:10:00.000Z"],
    ]);
    expect(okTicket(items, "G-1002").messages[1]!.createdAt.toISOString()).toBe("2024-04-01T09:35:00.000Z");
  });

  it("gives each ticket its own anonymous customer when no customer column is mapped", async () => {
    const items = await collect(parseGenericCsv(Readable.from(["id,text,at\n7,hello,2024-01-01\n"]), mapping));
    expect(items[0]!.ok && items[0]!.ticket.customer.externalId).toBe("ticket:7");
  });

  it("counts lines of quoted multi-line cells and CRLF files exactly", async () => {
    const csv = 'id,text,at\r\n1,"two\r\nlines",2024-01-01\r\n2,,2024-01-01\r\n\r\n3,ok,nope\r\n';
    const items = await collect(parseGenericCsv(Readable.from([csv]), mapping));
    expect(items.map((i) => [i.position.record, i.position.line, i.ok ? "ok" : i.reason])).toEqual([
      [1, 2, "ok"],
      [2, 4, "Column “text”: the ticket has no text (it is empty)"],
      [3, 6, "Column “at”: not a valid date (it holds “nope”)"],
    ]);
    expect(items[0]!.ok && items[0]!.ticket.body).toBe("two\nlines");
  });

  it("names the file's own column, not the ticket field, when a row is refused", async () => {
    const opened = ZCsvMappingSchema.parse({ columns: { externalId: "Ticket", body: "Message", createdAt: "Opened", enterprise: "Big account" } });
    const csv = "Ticket,Message,Opened,Big account\n1,hi,last tuesday,\n2,hi,2024-01-01,maybe\n";
    const items = await collect(parseGenericCsv(Readable.from([csv]), opened));
    const reasons = items.map((i) => (i.ok ? "ok" : i.reason));
    expect(reasons).toEqual(["Column “Opened”: not a valid date (it holds “last tuesday”)", expect.stringMatching(/^Column “Big account”: expected true\/false.*got "maybe"$/)]);
    expect(reasons.join(" ")).not.toMatch(/createdAt|enterprise/);
  });

  it("refuses a mapping that names a column the file does not have, before any row", async () => {
    const bad = ZCsvMappingSchema.parse({ columns: { externalId: "id", body: "message", createdAt: "at" } });
    await expect(collect(parseGenericCsv(Readable.from(["id,text,at\n1,x,2024-01-01\n"]), bad))).rejects.toThrow(CsvMappingMismatchError);
  });

  it("streams 50,000 generated rows with a bad one every thousand, and every row comes out", async () => {
    const total = 50_000;
    function* rows() {
      yield "id,text,at,reply\n";
      for (let i = 1; i <= total; i++) yield i % 1000 === 0 ? `${i},text ${i},not a date,\n` : `${i},text ${i},2024-01-01T00:00:00Z,thanks\n`;
    }
    let count = 0;
    let rejected = 0;
    for await (const item of parseGenericCsv(Readable.from(rows()), withReply)) {
      if (item.ok) expect(item.ticket.messages).toHaveLength(2);
      count += 1;
      expect(item.position.line).toBe(item.position.record + 1);
      if (!item.ok) rejected += 1;
    }
    expect(count).toBe(total);
    expect(rejected).toBe(50);
  });
});

describe("suggestCsvMapping", () => {
  it("proposes the fixture's mapping from its header", async () => {
    const { header } = await readCsvHeader(fixtureStream("generic.csv"));
    expect(suggestCsvMapping(header)).toEqual(GENERIC_CSV_MAPPING.columns);
  });

  it("matches whatever the case, spaces and underscores, and never gives one column to two fields", () => {
    expect(suggestCsvMapping(["Ticket ID", "Created_At", "Description", "Requester Email", "Requester", "Group", "Solved at"])).toEqual({
      externalId: "Ticket ID",
      createdAt: "Created_At",
      body: "Description",
      customerEmail: "Requester Email",
      customerName: "Requester",
      queue: "Group",
      resolvedAt: "Solved at",
    });
    expect(suggestCsvMapping(["id", "Text", "date", "email"])).toEqual({ externalId: "id", body: "Text", createdAt: "date", customerEmail: "email" });
  });
});

describe("readCsvHeader", () => {
  it("returns the header and five rows without reading the rest of an endless file", async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1;
        this.push(produced === 1 ? "id;text;at\n" : `${produced};row ${produced};2024-01-01\n`);
      },
    });
    const preview = await readCsvHeader(endless, ";");
    expect(preview.header).toEqual(["id", "text", "at"]);
    expect(preview.rows).toEqual([2, 3, 4, 5, 6].map((n) => [String(n), `row ${n}`, "2024-01-01"]));
    expect(endless.destroyed).toBe(true);
  });
});
