import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InboundPayloadError } from "../contract";
import { parseIntercomWebhook } from "./parse-webhook";
import { ZIntercomSettingsSchema } from "./settings";

const STUDIO_ADMIN = "991267460";
const settings = ZIntercomSettingsSchema.parse({ adminId: STUDIO_ADMIN });

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8");
}
function parse(rawBody: string, s = settings) {
  return parseIntercomWebhook({ rawBody, headers: {}, receivedAt: new Date() }, s);
}
/** A fixture with a change, as another delivery of the same shape. */
function edited(name: string, change: (body: any) => void): string {
  const body = JSON.parse(fixture(name));
  change(body);
  return JSON.stringify(body);
}

describe("parseIntercomWebhook", () => {
  it("reads a new conversation as ticket.created, HTML turned into text", () => {
    expect(parse(fixture("conversation-user-created"))).toEqual([
      {
        type: "ticket.created",
        externalTicketId: "215472381903",
        subject: "",
        body: "Hi, my order #4417 hasn't arrived yet.\nCan you check?",
        channel: "chat",
        pageUrl: "https://shop.example.com/orders/4417",
        customer: { externalId: "6762f0dd1bb69f9f2193bb83", email: "maya@example.com", name: "Maya Lopez" },
        createdAt: new Date(1796860700 * 1000),
      },
    ]);
  });

  it("takes the subject of an email conversation and its channel", () => {
    const body = edited("conversation-user-created", (n) => {
      n.data.item.source.type = "email";
      n.data.item.source.subject = "<p>Where is order #4417?</p>";
    });
    const [event] = parse(body);
    expect(event).toMatchObject({ type: "ticket.created", subject: "Where is order #4417?", channel: "email" });
  });

  it("reads a customer reply as message.added from the customer, with the part id and attachments named", () => {
    expect(parse(fixture("conversation-user-replied"))).toEqual([
      {
        type: "message.added",
        externalTicketId: "215472381903",
        externalMessageId: "31475293701",
        author: "customer",
        authorName: "Maya Lopez",
        body: "Still nothing & it's been a week.\nOrder #4417\n[attachment: tracking.png]",
        internal: false,
      },
    ]);
  });

  it("reads a teammate's reply as a public agent message", () => {
    expect(parse(fixture("conversation-admin-replied"))).toEqual([
      {
        type: "message.added",
        externalTicketId: "215472381903",
        externalMessageId: "31475293702",
        author: "agent",
        authorName: "Ben Agent",
        body: "Sorry about that, Maya! I've asked the courier.",
        internal: false,
      },
    ]);
  });

  it("reads a note as an internal agent message", () => {
    expect(parse(fixture("conversation-admin-noted"))).toEqual([
      {
        type: "message.added",
        externalTicketId: "215472381903",
        externalMessageId: "31475293703",
        author: "agent",
        authorName: "Ben Agent",
        body: "Courier says lost in transit. Refund?",
        internal: true,
      },
    ]);
  });

  it("reads an assignment as ticket.updated with the team and the teammate", () => {
    expect(parse(fixture("conversation-admin-assigned"))).toEqual([
      { type: "ticket.updated", externalTicketId: "215472381903", remoteGroupId: "814865", remoteAssigneeId: "991267461" },
    ]);
    const unassigned = edited("conversation-admin-assigned", (n) => {
      n.data.item.admin_assignee_id = 0;
      n.data.item.team_assignee_id = null;
    });
    expect(parse(unassigned)).toEqual([{ type: "ticket.updated", externalTicketId: "215472381903", remoteGroupId: null, remoteAssigneeId: null }]);
  });

  it("reads a close as ticket.updated closed", () => {
    expect(parse(fixture("conversation-admin-closed"))).toEqual([{ type: "ticket.updated", externalTicketId: "215472381903", status: "closed" }]);
  });

  it("reads snoozes and reopens as pending and open", () => {
    const snoozed = edited("conversation-admin-closed", (n) => {
      n.topic = "conversation.admin.snoozed";
      n.data.item.conversation_parts.conversation_parts[0].part_type = "snoozed";
    });
    const opened = edited("conversation-admin-closed", (n) => {
      n.topic = "conversation.admin.opened";
      n.data.item.conversation_parts.conversation_parts[0].part_type = "open";
    });
    expect(parse(snoozed)).toEqual([{ type: "ticket.updated", externalTicketId: "215472381903", status: "pending" }]);
    expect(parse(opened)).toEqual([{ type: "ticket.updated", externalTicketId: "215472381903", status: "open" }]);
  });

  it("reads a rating as ticket.rated with the remark as text", () => {
    expect(parse(fixture("conversation-rating-added"))).toEqual([
      { type: "ticket.rated", externalTicketId: "215472381903", score: 4, comment: "Quick and kind, thanks" },
    ]);
    const noRemark = edited("conversation-rating-added", (n) => {
      n.data.item.conversation_rating.remark = null;
    });
    expect(parse(noRemark)).toEqual([{ type: "ticket.rated", externalTicketId: "215472381903", score: 4, comment: null }]);
  });

  it("ignores pings and topics the studio does not read", () => {
    expect(parse(fixture("ping"))).toEqual([]);
    expect(parse(edited("conversation-admin-replied", (n) => (n.topic = "contact.created")))).toEqual([]);
  });

  it("ignores the studio's own teammate, so its replies, notes, assignments and closes do not come back", () => {
    expect(parse(fixture("conversation-admin-replied-by-studio"))).toEqual([]);
    const asStudio = (name: string, topic?: string) =>
      edited(name, (n) => {
        if (topic) n.topic = topic;
        n.data.item.conversation_parts.conversation_parts[0].author = { type: "admin", id: STUDIO_ADMIN, name: "Ava Ops" };
      });
    expect(parse(asStudio("conversation-admin-noted"))).toEqual([]);
    expect(parse(asStudio("conversation-admin-assigned"))).toEqual([]);
    expect(parse(asStudio("conversation-admin-closed"))).toEqual([]);
    // Another teammate's reply still comes through when the studio acts as someone else.
    expect(parse(fixture("conversation-admin-replied"))).toHaveLength(1);
  });

  it("without a configured teammate, ignores replies an app made through the API", () => {
    const noAdmin = ZIntercomSettingsSchema.parse({});
    expect(parse(fixture("conversation-admin-replied-by-studio"), noAdmin)).toEqual([]);
    expect(parse(fixture("conversation-admin-replied"), noAdmin)).toHaveLength(1);
  });

  it("refuses bodies it cannot read, saying why", () => {
    expect(() => parse("not json")).toThrow(InboundPayloadError);
    expect(() => parse(JSON.stringify({ type: "something", id: "x" }))).toThrow(/not an Intercom notification/);
    expect(() => parse(edited("conversation-user-created", (n) => delete n.data.item.id))).toThrow(/no readable conversation: id/);
    const noCustomer = edited("conversation-user-created", (n) => {
      n.data.item.source.author = { type: "admin", id: "1" };
      n.data.item.contacts.contacts = [];
    });
    expect(() => parse(noCustomer)).toThrow(/names no customer/);
    const badRating = edited("conversation-rating-added", (n) => (n.data.item.conversation_rating.rating = 0));
    expect(() => parse(badRating)).toThrow(/rating from 1 to 5/);
  });
});
