import { describe, expect, it } from "vitest";
import { okTicket, parseFixture } from "../fixtures/imports/read-fixture";

describe("Intercom conversations", () => {
  it("strips HTML, skips event parts without text and marks notes internal", async () => {
    const t = okTicket(await parseFixture("intercom-conversations.json"), "1911149811");
    expect(t.subject).toBe("Invoice export");
    expect(t.body).toBe("Hi, how do I export my invoices as PDF?");
    expect(t.messages.map((m) => [m.externalId, m.author, m.internal, m.body])).toEqual([
      ["src-1911149811", "customer", false, "Hi, how do I export my invoices as PDF?"],
      ["7002", "agent", true, "Customer is on the pro plan."],
      ["7003", "agent", false, 'Go to Billing > Invoices and click "Download PDF".'],
      ["7005", "customer", false, "Thanks & one more: can I get them monthly?"],
      ["7006", "agent", false, "Yes, under Settings."],
    ]);
    expect(t.messages[2]!.createdAt.toISOString()).toBe("2024-07-01T08:10:00.000Z");
  });

  it("maps state, rating, statistics, team and admin", async () => {
    const t = okTicket(await parseFixture("intercom-conversations.json"), "1911149811");
    expect(t).toMatchObject({
      channel: "email",
      status: "closed",
      priority: "normal",
      csat: 4,
      category: "Billing",
      queue: "6001",
      assignee: "Rosa Admin",
      tags: ["billing", "how-to"],
      reopens: 1,
      agentChanges: 2,
      customer: { externalId: "5f1a00000000000000000001", name: "Kai Moreno", email: "kai@example.com" },
    });
    expect(t.createdAt.toISOString()).toBe("2024-07-01T08:00:00.000Z");
    expect(t.firstResponseAt?.toISOString()).toBe("2024-07-01T08:10:00.000Z");
    expect(t.resolvedAt?.toISOString()).toBe("2024-07-01T09:30:00.000Z");
  });

  it("uses the team's name when present, and the source author when there are no contacts", async () => {
    const items = await parseFixture("intercom-conversations.json");
    expect(okTicket(items, "1911149812")).toMatchObject({
      channel: "chat",
      status: "open",
      priority: "high",
      queue: "Checkout squad",
      assignee: null,
      pageUrl: "https://shop.example.com/checkout",
      body: "Your widget says error 42 on checkout.\nPlease help!",
    });
    expect(okTicket(items, "1911149817")).toMatchObject({ status: "pending", customer: { externalId: "5f1a00000000000000000003", name: "Noor Aziz" } });
  });
});
