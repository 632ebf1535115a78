import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { okTicket, parseFixture } from "../fixtures/imports/read-fixture";
import { parseZendeskJson } from "./parse-zendesk-json";
import { parseZendeskNdjson } from "./parse-zendesk-ndjson";
import { zendeskTicket } from "./test-ticket";

async function collect(items: AsyncIterable<ImportItem>): Promise<ImportItem[]> {
  const out: ImportItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const ticket = (id: number, extra: Record<string, unknown> = {}) => zendeskTicket(id, { group_id: 10, assignee_id: 2, ...extra });

describe("Zendesk incremental JSON export", () => {
  it("names the group, assignee, category and customer from the sideloads listed after the tickets", async () => {
    const t = okTicket(await parseFixture("zendesk-incremental.json"), "35436");
    expect(t).toMatchObject({
      queue: "Billing",
      assignee: "Sam Agent",
      category: "billing_refund",
      channel: "email",
      csat: 5,
      reopens: 1,
      agentChanges: 1,
      queueChanges: 2,
      tags: ["billing", "refund"],
      language: "en-US",
      customFields: { "Contact reason": "billing_refund" },
      customer: { externalId: "9101", name: "Maya Lin", email: "maya@example.com", plan: "enterprise", enterprise: true },
    });
    expect(t.firstResponseAt?.toISOString()).toBe("2024-05-02T09:57:00.000Z");
    expect(t.resolvedAt?.toISOString()).toBe("2024-05-02T15:00:00.000Z");
    expect(t.messages).toEqual([
      expect.objectContaining({ externalId: "description", author: "customer", body: t.body, internal: false }),
    ]);
  });

  it("maps channels, statuses and ratings Zendesk's way", async () => {
    const items = await parseFixture("zendesk-incremental.json");
    expect(okTicket(items, "35437")).toMatchObject({ channel: "chat", status: "open", priority: "urgent", csat: 1, queue: "Tier 2 Support" });
    expect(okTicket(items, "35441")).toMatchObject({ channel: "phone", status: "pending", priority: "high", csat: null, queue: null, assignee: null });
    expect(okTicket(items, "35444")).toMatchObject({ channel: "social", customer: { externalId: "9103", enterprise: null } });
    expect(okTicket(items, "35446")).toMatchObject({ channel: "web", category: "billing_invoice", customFields: { "Plan tier": "pro" } });
  });

  it("uses ids for names when a bare array of tickets has no sideloads", async () => {
    const items = await collect(parseZendeskJson(Readable.from([JSON.stringify([ticket(1), ticket(2, { custom_fields: [{ id: 77, value: "x" }] })])])));
    expect(items.map((i) => i.ok && [i.ticket.queue, i.ticket.assignee, i.ticket.customFields])).toEqual([
      ["10", "2", {}],
      ["10", "2", { "77": "x" }],
    ]);
  });

  it("applies each page's sideloads to its own tickets when pages are concatenated or listed in an array", async () => {
    const page = (id: number, group: string) => ({ tickets: [ticket(id)], groups: [{ id: 10, name: group }], end_of_stream: false });
    const concatenated = `${JSON.stringify(page(1, "First"))}\n${JSON.stringify(page(2, "Second"))}`;
    const fromConcat = await collect(parseZendeskJson(Readable.from([concatenated])));
    const fromArray = await collect(parseZendeskJson(Readable.from([JSON.stringify([page(1, "First"), page(2, "Second")])])));
    for (const items of [fromConcat, fromArray]) {
      expect(items.map((i) => i.ok && i.ticket.queue)).toEqual(["First", "Second"]);
      expect(items.map((i) => i.position.record)).toEqual([1, 2]);
    }
  });

  it("flushes an oversized page early, with ids standing in for names not seen yet", async () => {
    const body = JSON.stringify({ tickets: [ticket(1), ticket(2), ticket(3)], groups: [{ id: 10, name: "Billing" }] });
    const items = await collect(parseZendeskJson(Readable.from([body]), { maxBufferedTickets: 2 }));
    expect(items.map((i) => i.ok && i.ticket.queue)).toEqual(["10", "10", "Billing"]);
  });

  it("keeps the tickets before a syntax error, including those in the same chunk, and stops with a rejection", async () => {
    const text = `{"tickets":[${JSON.stringify(ticket(1))},${JSON.stringify(ticket(2))},{"id":3,"subject":]}`;
    const items = await collect(parseZendeskJson(Readable.from([text])));
    expect(items.map((i) => i.ok)).toEqual([true, true, false]);
    expect(items[2]).toMatchObject({ position: { record: 3 } });
    expect(!items[2]!.ok && items[2]!.reason).toMatch(/^the file is not valid JSON after record 2: /);
  });

  it("reports a file that ends mid-array", async () => {
    const items = await collect(parseZendeskJson(Readable.from([`[${JSON.stringify(ticket(1))},`])));
    expect(items.map((i) => i.ok)).toEqual([true, false]);
    expect(!items[1]!.ok && items[1]!.reason).toMatch(/^the file is not valid JSON after record 1: ./);
    const unclosed = await collect(parseZendeskJson(Readable.from([`[${JSON.stringify(ticket(1))}`])));
    expect(unclosed.map((i) => i.ok)).toEqual([true, false]);
  });
});

describe("Zendesk NDJSON", () => {
  it("tells customer replies, agent replies and internal notes apart, and strips HTML bodies", async () => {
    const t = okTicket(await parseFixture("zendesk-tickets.ndjson"), "50001");
    expect(t.messages.map((m) => [m.externalId, m.author, m.internal])).toEqual([
      ["700001", "customer", false],
      ["700002", "agent", true],
      ["700003", "agent", false],
      ["700004", "customer", false],
    ]);
    expect(t.messages[2]!.body).toBe("Hi! The charge is a pending authorisation and will drop off in 3–5 days.");
    expect(t).toMatchObject({ agentChanges: 2, csat: 5, customer: { name: "Ada Byron", email: "ada@example.com" } });
    expect(t.firstResponseAt?.toISOString()).toBe("2024-06-01T09:30:00.000Z");
  });

  it("takes the group name from an embedded group", async () => {
    expect(okTicket(await parseFixture("zendesk-tickets.ndjson"), "50008")).toMatchObject({ queue: "Incidents", priority: "urgent" });
  });

  it("streams 50,000 generated lines, bad ones included, and every record comes out in order", async () => {
    const total = 50_000;
    function* lines() {
      for (let i = 1; i <= total; i++) {
        yield i % 1000 === 0 ? `{"id": ${i}, "broken"\n` : `${JSON.stringify(ticket(i))}\n`;
      }
    }
    let count = 0;
    let rejected = 0;
    let lastRecord = 0;
    for await (const item of parseZendeskNdjson(Readable.from(lines()))) {
      count += 1;
      if (!item.ok) {
        rejected += 1;
        expect(item.position.line).toBe(item.position.record);
        expect(item.position.line! % 1000).toBe(0);
      }
      expect(item.position.record).toBe(lastRecord + 1);
      lastRecord = item.position.record;
    }
    expect(count).toBe(total);
    expect(rejected).toBe(50);
  });
});

describe("Zendesk CSV export", () => {
  it("maps Zendesk's column names, first reply minutes, stations and custom field columns", async () => {
    const items = await parseFixture("zendesk-export.csv");
    const t = okTicket(items, "7001");
    expect(t).toMatchObject({
      subject: "Double charge on my card",
      body: "Double charge on my card",
      status: "closed",
      queue: "Billing",
      assignee: "Sam Agent",
      csat: 5,
      tags: ["billing", "refund"],
      category: "billing_refund",
      reopens: 1,
      agentChanges: 1,
      queueChanges: 2,
      customFields: { "Contact reason": "billing_refund", "Order number": "A-1001" },
      customer: { externalId: "9101", name: "Maya Lin", email: "maya@example.com" },
    });
    expect(t.createdAt.toISOString()).toBe("2024-05-02T09:15:00.000Z");
    expect(t.firstResponseAt?.toISOString()).toBe("2024-05-02T09:57:00.000Z");
    expect(okTicket(items, "7006")).toMatchObject({ channel: "phone", status: "pending", csat: null, queue: null });
    expect(okTicket(items, "7008")).toMatchObject({ channel: "social", csat: 5 });
  });
});
