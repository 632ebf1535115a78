import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderZendeskPlaceholders } from "../../../tests/fakes/zendesk-api";
import { InboundPayloadError } from "../contract";
import { parseZendeskWebhook } from "./parse-webhook";
import { zendeskWebhookBody } from "./webhook-body";

const settings = { agentEmail: "bot@acme.example" };
const receivedAt = new Date("2026-12-06T10:00:00Z");

function fixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
}

function parse(body: unknown) {
  return parseZendeskWebhook({ rawBody: typeof body === "string" ? body : JSON.stringify(body), headers: {}, receivedAt }, settings);
}

describe("parseZendeskWebhook", () => {
  it("reads a new ticket: subject, the first message, channel, requester and creation time", () => {
    expect(parse(fixture("ticket-created"))).toEqual([
      {
        type: "ticket.created",
        externalTicketId: "35436",
        subject: "Help, my printer is on fire!",
        body: "The fire is very colorful.",
        channel: "web",
        customer: { externalId: "20978392", email: "sam@customer.example", name: "Sam Customer" },
        createdAt: new Date("2021-06-22T22:32:00Z"),
      },
    ]);
  });

  it("reads the channel from the via name", () => {
    const body = fixture("ticket-created");
    body.ticket.via = "Mail";
    expect(parse(body)[0]).toMatchObject({ channel: "email" });
    body.ticket.via = "Chat";
    expect(parse(body)[0]).toMatchObject({ channel: "chat" });
  });

  it("reads a public comment by the requester as a customer message with the comment's own id", () => {
    expect(parse(fixture("comment-requester"))).toEqual([
      {
        type: "message.added",
        externalTicketId: "35436",
        externalMessageId: "54509451282203",
        author: "customer",
        authorName: "Sam Customer",
        body: "It is still burning. Can I talk to a person?",
        internal: false,
      },
    ]);
  });

  it("reads a public comment by an agent as an agent message", () => {
    expect(parse(fixture("comment-agent"))).toEqual([
      {
        type: "message.added",
        externalTicketId: "35436",
        externalMessageId: "54509500000001",
        author: "agent",
        authorName: "Ava Agent",
        body: "Please unplug the printer; a technician is on the way.",
        internal: false,
      },
    ]);
  });

  it("names a comment by ticket and time when Zendesk rendered no comment id", () => {
    const body = fixture("comment-requester");
    body.comment.id = "";
    expect(parse(body)[0]).toMatchObject({ externalMessageId: "35436@Jun 22, 2021 22:41" });
  });

  it("reads a change: status (on-hold reads pending), priority, group, and an empty assignee as none", () => {
    expect(parse(fixture("ticket-changed"))).toEqual([
      { type: "ticket.updated", externalTicketId: "35436", status: "pending", priority: "urgent", remoteGroupId: "360002", remoteAssigneeId: null },
    ]);
  });

  it("reads a solve as an update to solved", () => {
    expect(parse(fixture("ticket-solved"))).toEqual([
      { type: "ticket.updated", externalTicketId: "35436", status: "solved", priority: "normal", remoteGroupId: "360001", remoteAssigneeId: "7001" },
    ]);
  });

  it("reads a satisfaction rating: bad is 1, good is 5, with the customer's comment", () => {
    expect(parse(fixture("ticket-rated"))).toEqual([{ type: "ticket.rated", externalTicketId: "35436", score: 1, comment: "Took a day to get a technician." }]);
    const good = fixture("ticket-rated");
    good.satisfaction = { rating: "Good", comment: "" };
    expect(parse(good)).toEqual([{ type: "ticket.rated", externalTicketId: "35436", score: 5, comment: null }]);
  });

  it("ignores what the studio's own agent did, by the updater or by the comment's author", () => {
    const byStudio = fixture("ticket-changed");
    byStudio.current_user.email = "BOT@acme.example";
    expect(parse(byStudio)).toEqual([]);
    const studioComment = fixture("comment-agent");
    studioComment.comment.author.email = "bot@acme.example";
    studioComment.current_user.email = "";
    expect(parse(studioComment)).toEqual([]);
  });

  it("refuses bodies it cannot read, saying why", () => {
    expect(() => parse("{not json")).toThrow(InboundPayloadError);
    expect(() => parse("{not json")).toThrow(/not JSON/);
    expect(() => parse({ ...fixture("ticket-created"), event: "ticket.deleted" })).toThrow(/"event" must be one of/);
    const noTicket = fixture("comment-agent");
    noTicket.ticket.id = "";
    expect(() => parse(noTicket)).toThrow(/no ticket id/);
    const unrendered = fixture("comment-agent");
    unrendered.ticket.id = "{{ticket.id}}";
    expect(() => parse(unrendered)).toThrow(/did not fill in the placeholder/);
    const oddRating = fixture("ticket-rated");
    oddRating.satisfaction.rating = "Meh";
    expect(() => parse(oddRating)).toThrow(/neither good, bad nor 1–5/);
  });

  it("reads the set-up guide's own bodies once Zendesk fills in the placeholders", () => {
    const values = {
      "ticket.id": "812",
      "ticket.title": 'Refund "order 55"',
      "ticket.status": "Open",
      "ticket.priority": "Low",
      "ticket.group.id": "360001",
      "ticket.via": "Web Widget",
      "ticket.requester.id": "44",
      "ticket.requester.email": "kim@customer.example",
      "ticket.requester.name": "Kim",
      "ticket.latest_comment.id": "991",
      "ticket.latest_comment.is_public": true,
      "ticket.latest_comment.value": "Where is my refund?\nIt has been a week.",
      "ticket.latest_comment.author.name": "Kim",
      "ticket.latest_comment.author.email": "kim@customer.example",
      "current_user.email": "kim@customer.example",
      "satisfaction.current_rating": "Good",
    };
    const read = (event: Parameters<typeof zendeskWebhookBody>[0]) => parse(renderZendeskPlaceholders(zendeskWebhookBody(event), values))[0];
    expect(read("ticket.created")).toMatchObject({ type: "ticket.created", externalTicketId: "812", subject: 'Refund "order 55"', body: "Where is my refund?\nIt has been a week.", channel: "web" });
    expect(read("comment.requester")).toMatchObject({ type: "message.added", externalMessageId: "991", author: "customer", internal: false });
    expect(read("ticket.changed")).toEqual({ type: "ticket.updated", externalTicketId: "812", status: "open", priority: "low", remoteGroupId: "360001", remoteAssigneeId: null });
    expect(read("ticket.rated")).toMatchObject({ type: "ticket.rated", score: 5 });
  });
});
