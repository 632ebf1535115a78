import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { okTicket, parseFixture } from "../fixtures/imports/read-fixture";
import { parseFreshdesk } from "./parse-freshdesk";

describe("Freshdesk tickets with conversations", () => {
  it("makes the description the first customer message and keeps private notes internal", async () => {
    const t = okTicket(await parseFixture("freshdesk-tickets.json"), "101");
    expect(t.messages.map((m) => [m.externalId, m.author, m.internal])).toEqual([
      ["description", "customer", false],
      ["9001", "agent", true],
      ["9002", "agent", false],
      ["9003", "customer", false],
    ]);
    expect(t).toMatchObject({
      body: "I returned the shoes two weeks ago and still have no refund.",
      channel: "email",
      status: "solved",
      priority: "low",
      category: "Refund",
      queue: "Billing",
      assignee: "43000001",
      reopens: 1,
      tags: ["refund", "returns"],
      customFields: { cf_order_id: "SO-5531" },
      customer: { externalId: "48000001", name: "Lena Vogel", email: "lena@example.com" },
    });
    expect(t.firstResponseAt?.toISOString()).toBe("2024-07-01T08:30:00.000Z");
    expect(t.resolvedAt?.toISOString()).toBe("2024-07-01T10:00:00.000Z");
  });

  it("maps source, status and priority codes", async () => {
    const items = await parseFixture("freshdesk-tickets.json");
    expect(okTicket(items, "102")).toMatchObject({ channel: "chat", status: "open", priority: "urgent", queue: "41000002", assignee: null });
    const phone = okTicket(items, "107");
    expect(phone).toMatchObject({ channel: "phone", status: "closed", priority: "normal", customer: { externalId: "48000003" } });
    expect(phone.resolvedAt?.toISOString()).toBe("2024-07-03T15:10:00.000Z");
  });

  it("reads a {tickets: [...]} wrapper and rates with Freshdesk's satisfaction scale", async () => {
    const t = { id: 5, subject: "s", description_text: "hello", created_at: "2024-07-01T00:00:00Z", requester_id: 9, source: 9, satisfaction_rating: { ratings: { default_question: -102 } } };
    const items: ImportItem[] = [];
    for await (const item of parseFreshdesk(Readable.from([JSON.stringify({ tickets: [t] })]))) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]!.ok && items[0]!.ticket).toMatchObject({ channel: "web", csat: 1 });
  });

  it("keeps the records before a file cut off mid-record and reports the cut as one rejection", async () => {
    const items = await parseFixture("freshdesk-broken.json");
    expect(items.map((i) => i.ok)).toEqual([true, true, true, false]);
    expect(items[3]).toMatchObject({ position: { record: 4 } });
  });
});
