import type { Customer, Ticket } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { historicalTicketOf, timelineOf } from "./db-source";

const created = new Date("2026-10-01T09:00:00.000Z");
const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);

const customer: Customer = { id: "c1", source: "demo", externalId: "u1", email: null, name: "Ada", plan: "pro", enterprise: true, createdAt: created };
const ticket: Ticket = {
  id: "t1", source: "demo", externalId: "1", customerId: "c1", subject: "Card", body: "Where is my card?", channel: "chat", pageUrl: null,
  language: "en", status: "solved", priority: "high", tier: 2, queueId: "q1", assignee: "Bo", tags: ["cards"], category: "card_arrival",
  intent: null, intentConfidence: null, sentiment: null, sentimentScore: null, createdAt: created, firstResponseAt: at(5), resolvedAt: at(60),
  handleTimeSec: 300, csat: 4, categorySource: "import", reopens: 0, agentChanges: 0, queueChanges: 0, escalated: true, slaDueAt: null, customFields: null,
  importHash: null, connectionId: null, updatedAt: at(60),
};
const message = (author: "customer" | "agent" | "ai" | "system", body: string, minutes: number, internal = false) =>
  ({ ticketId: "t1", author, authorName: author === "agent" ? "Bo" : null, body, internal, createdAt: at(minutes) });

describe("timelineOf", () => {
  it("replays replies after creation and the resolution, skipping the description, notes, AI and system messages", () => {
    const timeline = timelineOf(ticket, [
      message("customer", "Where is my card?", 0),
      message("agent", "Looking into it", 5),
      message("agent", "Escalated to escalations", 6, true),
      message("ai", "An AI draft", 7),
      message("system", "Status changed", 8),
      message("customer", "Any news?", 30),
      message("agent", "It shipped", 60),
    ]);
    expect(timeline).toEqual([
      { type: "agent.replied", at: at(5).toISOString(), author: "Bo", body: "Looking into it" },
      { type: "customer.replied", at: at(30).toISOString(), body: "Any news?" },
      { type: "agent.replied", at: at(60).toISOString(), author: "Bo", body: "It shipped" },
      { type: "ticket.updated", at: at(60).toISOString(), changes: { status: "solved" } },
    ]);
  });

  it("treats only the first customer message as the description, even when a helpdesk stamps it a little later", () => {
    const timeline = timelineOf(ticket, [message("customer", "Where is my card?", 1), message("customer", "Where is my card?", 20)]);
    expect(timeline.map((e) => e.type)).toEqual(["customer.replied", "ticket.updated"]);
  });

  it("has no resolution event for an unresolved ticket", () => {
    expect(timelineOf({ ...ticket, resolvedAt: null }, [message("customer", "Where is my card?", 0)])).toEqual([]);
  });
});

describe("historicalTicketOf", () => {
  it("shows the flow the ticket as it arrived (new, unrouted) and records how it ended", () => {
    const h = historicalTicketOf({ ...ticket, customer, queue: { name: "cards" } }, [], 3, null);
    expect(h.snapshot).toMatchObject({ id: "t1", status: "new", queue: null, channel: "chat", priority: "high", createdAt: created.toISOString() });
    expect(h.snapshot.customer).toEqual({ id: "c1", name: "Ada", plan: "pro", enterprise: true, contactsLast24h: 3 });
    expect(h.recorded).toEqual({
      category: "card_arrival", queue: "cards", tier: 2, escalated: true, firstResponseAt: at(5).toISOString(),
      resolvedAt: at(60).toISOString(), handleTimeSec: 300, csat: 4,
    });
  });
});
