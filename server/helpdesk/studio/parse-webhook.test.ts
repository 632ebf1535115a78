import { describe, expect, it } from "vitest";
import { InboundPayloadError, ZInboundEventSchema, type TInboundRequest } from "../contract";
import { parseStudioDelivery } from "./parse-webhook";
import { STUDIO_EXAMPLE_BODIES } from "./setup-guide";

const request = (body: unknown): TInboundRequest => ({ rawBody: typeof body === "string" ? body : JSON.stringify(body), headers: {}, receivedAt: new Date() });
const parse = (body: unknown) => parseStudioDelivery(request(body));

function refusal(body: unknown): string {
  try {
    parse(body);
  } catch (error) {
    expect(error).toBeInstanceOf(InboundPayloadError);
    return (error as Error).message;
  }
  throw new Error("expected the body to be refused");
}

describe("parseStudioDelivery", () => {
  it("reads the plain ticket webhook's body, without a type, as a new ticket with everything it carries", () => {
    const events = parse({
      source: "ignored",
      externalId: "T-7",
      subject: "Refund",
      body: "Please refund me",
      channel: "chat",
      priority: "high",
      tags: ["refunds"],
      language: "en",
      pageUrl: "https://shop.example.com/billing",
      createdAt: "2026-12-07T09:00:00Z",
      customer: { externalId: "C-9", email: "ada@example.com", name: "Ada", plan: "enterprise", enterprise: true },
    });
    expect(events).toEqual([
      {
        type: "ticket.created",
        externalTicketId: "T-7",
        subject: "Refund",
        body: "Please refund me",
        channel: "chat",
        pageUrl: "https://shop.example.com/billing",
        priority: "high",
        tags: ["refunds"],
        language: "en",
        customer: { externalId: "C-9", email: "ada@example.com", name: "Ada", plan: "enterprise", enterprise: true },
        createdAt: new Date("2026-12-07T09:00:00Z"),
      },
    ]);
    expect(ZInboundEventSchema.array().parse(events)).toEqual(events);
  });

  it("reads the guide's example new ticket, with its type, and fills the plain webhook's defaults", () => {
    const [event] = parse(STUDIO_EXAMPLE_BODIES.ticketCreated);
    expect(event).toMatchObject({ type: "ticket.created", externalTicketId: "T-1001", channel: "email", customer: { externalId: "C-42", plan: "pro", enterprise: false } });
    const [bare] = parse({ externalId: "T-8", subject: "s", body: "b", customer: { externalId: "C" } });
    expect(bare).toMatchObject({ channel: "email", priority: "normal", tags: [], pageUrl: null, customer: { email: null, name: null } });
  });

  it("reads a customer's message and an agent's reply, each with its own id", () => {
    expect(parse(STUDIO_EXAMPLE_BODIES.customerMessage)).toEqual([
      { type: "message.added", externalTicketId: "T-1001", externalMessageId: "M-2001", author: "customer", authorName: null, body: "Any news on this?", internal: false },
    ]);
    expect(parse({ ...STUDIO_EXAMPLE_BODIES.agentMessage, internal: true, createdAt: "2026-12-07T09:30:00+01:00" })).toEqual([
      {
        type: "message.added",
        externalTicketId: "T-1001",
        externalMessageId: "M-2002",
        author: "agent",
        authorName: "Ava",
        body: "It ships tomorrow.",
        internal: true,
        createdAt: new Date("2026-12-07T08:30:00Z"),
      },
    ]);
  });

  it("reads an update as a status and priority change and a rating", () => {
    expect(parse(STUDIO_EXAMPLE_BODIES.ticketUpdated)).toEqual([
      { type: "ticket.updated", externalTicketId: "T-1001", status: "solved", priority: "low" },
      { type: "ticket.rated", externalTicketId: "T-1001", score: 5, comment: "Quick and kind." },
    ]);
    expect(parse({ type: "ticket.updated", ticketExternalId: "T-1", csat: 2 })).toEqual([{ type: "ticket.rated", externalTicketId: "T-1", score: 2, comment: null }]);
    expect(parse({ type: "ticket.updated", ticketExternalId: "T-1", status: "pending" })).toEqual([{ type: "ticket.updated", externalTicketId: "T-1", status: "pending" }]);
  });

  it("refuses, naming the field: not JSON, an array, an unknown type, a message without its id, an empty update, a bad rating", () => {
    expect(refusal("nope")).toContain("not JSON");
    expect(refusal([STUDIO_EXAMPLE_BODIES.customerMessage])).toContain("one JSON object");
    expect(refusal({ type: "reply", ticketExternalId: "T-1", body: "x" })).toContain('"type": "reply" is not an event the studio takes');
    const { externalId: _id, ...noId } = STUDIO_EXAMPLE_BODIES.customerMessage;
    expect(refusal(noId)).toContain('"externalId"');
    expect(refusal({ type: "message.added", externalId: "M", author: "customer", body: "x" })).toContain('"ticketExternalId"');
    expect(refusal({ type: "ticket.updated", ticketExternalId: "T-1" })).toContain("at least one of status, priority or csat");
    expect(refusal({ type: "ticket.updated", ticketExternalId: "T-1", csat: 7 })).toContain('"csat"');
    expect(refusal({ externalId: "T-1", body: "b", customer: { externalId: "C" } })).toContain('"subject"');
  });
});
