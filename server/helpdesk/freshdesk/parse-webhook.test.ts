import { describe, expect, it } from "vitest";
import { InboundPayloadError } from "../contract";
import agentReplied from "./fixtures/agent-replied.json";
import customerReplied from "./fixtures/customer-replied.json";
import satisfactionRated from "./fixtures/satisfaction-rated.json";
import ticketCreated from "./fixtures/ticket-created.json";
import ticketUpdated from "./fixtures/ticket-updated.json";
import { parseFreshdeskDelivery } from "./parse-webhook";
import { freshdeskWebhookTemplate } from "./webhook-body";

const parse = (body: unknown) =>
  parseFreshdeskDelivery({ rawBody: typeof body === "string" ? body : JSON.stringify(body), headers: {}, receivedAt: new Date() });

describe("parseFreshdeskDelivery", () => {
  it("reads a new ticket: subject, the description as text, channel, requester", () => {
    expect(parse(ticketCreated)).toEqual([
      {
        type: "ticket.created",
        externalTicketId: "4411",
        subject: "Charged twice for my order",
        body: "Hi,\nI was charged twice for order #8812 & I'd like a refund.\n\nThanks, Maria",
        channel: "email",
        customer: { externalId: "60012345678", email: "maria@example.com", name: "Maria Lopez" },
        createdAt: new Date("2026-12-06T14:03:11Z"),
      },
    ]);
  });

  it("falls back to the requester's email when no requester id rendered, and to the web channel for an unknown source", () => {
    const [event] = parse({ ...ticketCreated, requester_id: "", source: "Marketplace app" });
    expect(event).toMatchObject({ channel: "web", customer: { externalId: "maria@example.com" } });
  });

  it("reads a customer's reply as a customer message with a stable id", () => {
    const [event] = parse(customerReplied);
    expect(event).toEqual({
      type: "message.added",
      externalTicketId: "4411",
      externalMessageId: expect.stringMatching(/^4411-[0-9a-f]{20}$/),
      author: "customer",
      authorName: "Maria Lopez",
      body: "Any news? I still see both charges.\nOrder #8812",
      internal: false,
    });
    expect(parse(customerReplied)[0]).toEqual(event);
    const later = parse({ ...customerReplied, updated_at: "2026-12-06 19:45:00 +0530" })[0];
    expect(later?.type === "message.added" && event?.type === "message.added" && later.externalMessageId !== event.externalMessageId).toBe(true);
  });

  it("reads an agent's reply as an agent message", () => {
    expect(parse(agentReplied)).toEqual([
      {
        type: "message.added",
        externalTicketId: "4411",
        externalMessageId: expect.stringMatching(/^4411-/),
        author: "agent",
        authorName: null,
        body: "Hello Maria,\nThe second charge has been refunded.",
        internal: false,
      },
    ]);
  });

  it("reads a change of status, priority, group and agent with Freshdesk's codes mapped", () => {
    expect(parse(ticketUpdated)).toEqual([
      { type: "ticket.updated", externalTicketId: "4411", status: "solved", priority: "high", remoteGroupId: "5002", remoteAssigneeId: "9002" },
    ]);
    expect(parse({ ...ticketUpdated, status: "5", priority: "4", group_id: "", agent_id: "" })).toEqual([
      { type: "ticket.updated", externalTicketId: "4411", status: "closed", priority: "urgent", remoteGroupId: null, remoteAssigneeId: null },
    ]);
  });

  it("reads a satisfaction rule's score", () => {
    expect(parse(satisfactionRated)).toEqual([{ type: "ticket.rated", externalTicketId: "4411", score: 5, comment: null }]);
    expect(parse({ ...satisfactionRated, event: "satisfaction_rated_1" })[0]).toMatchObject({ score: 1 });
  });

  it("reads every rule body the set-up steps give, once Freshdesk has filled it in", () => {
    const template = JSON.parse(freshdeskWebhookTemplate("customer_replied")) as Record<string, string>;
    expect(Object.keys(template).sort()).toEqual(Object.keys(customerReplied).sort());
    expect(template.event).toBe("customer_replied");
  });

  it("throws InboundPayloadError with a reason for a body it cannot read", () => {
    expect(() => parse("not json")).toThrow(InboundPayloadError);
    expect(() => parse({ ...ticketCreated, event: "ticket_deleted" })).toThrow(/"event": must be one of/);
    expect(() => parse({ ...ticketCreated, ticket_id: "{{ticket.id}}" })).toThrow(/"ticket_id": must be the ticket's number/);
    expect(() => parse({ ...ticketCreated, requester_id: "", requester_email: "" })).toThrow(/no requester/);
    expect(() => parse([ticketCreated])).toThrow(InboundPayloadError);
  });
});
