import { describe, expect, it } from "vitest";
import type { EffectRequest } from "../../../workflows/interpret/live/activity-contract";
import { EffectRejected } from "../effects/effect-rejected";
import { helpdeskActions, type RemoteIds } from "./helpdesk-actions";

const MAPPED: Record<string, string> = { "queue:Billing": "g-10", "queue:Escalations": "g-99", "agent:ana@example.com": "u-7" };
const remote: RemoteIds = async (kind, local) => MAPPED[`${kind}:${local}`] ?? null;
const key = "ticket-1:n1:1";

describe("helpdeskActions", () => {
  it("routes to the mapped group and the mapped agent routing picked", async () => {
    const effect: EffectRequest = { name: "routeTicket", input: { ticketId: "t1", queue: "Billing", strategy: "least-loaded", skills: [], idempotencyKey: key } };
    expect(await helpdeskActions(effect, { queue: "Billing", assignee: "ana@example.com" }, remote)).toEqual([{ type: "assign", remoteGroupId: "g-10", remoteAssigneeId: "u-7" }]);
    expect(await helpdeskActions(effect, { queue: "Billing", assignee: null }, remote)).toEqual([{ type: "assign", remoteGroupId: "g-10", remoteAssigneeId: null }]);
  });

  it("refuses a queue the connection does not map, naming it", async () => {
    const effect: EffectRequest = { name: "routeTicket", input: { ticketId: "t1", queue: "Refunds", strategy: "round-robin", skills: [], idempotencyKey: key } };
    await expect(helpdeskActions(effect, { queue: "Refunds", assignee: null }, remote)).rejects.toThrow(EffectRejected);
    await expect(helpdeskActions(effect, { queue: "Refunds", assignee: null }, remote)).rejects.toThrow(/Queue "Refunds" has no group mapped/);
  });

  it("escalates as group, priority, the agent's note, then the customer's message last", async () => {
    const effect: EffectRequest = {
      name: "escalateTicket",
      input: { ticketId: "t1", reason: "asked for a human", queue: "Escalations", priority: "high", customerMessage: "Connecting you with a specialist.", summary: "plan pro", idempotencyKey: key },
    };
    expect(await helpdeskActions(effect, {}, remote, "Card not arrived")).toEqual([
      { type: "assign", remoteGroupId: "g-99", remoteAssigneeId: null },
      { type: "update", status: "open", priority: "high" },
      { type: "note", body: "Escalated: asked for a human\n\nConversation: Card not arrived\n\nContext: plan pro" },
      { type: "reply", body: "Connecting you with a specialist." },
    ]);
  });

  it("carries the tier as a tag and drops the other tiers' tags", async () => {
    const effect: EffectRequest = { name: "updateTicket", input: { ticketId: "t1", changes: { tier: 2, addTags: ["vip"] }, idempotencyKey: key } };
    expect(await helpdeskActions(effect, {}, remote)).toEqual([{ type: "update", addTags: ["vip", "tier_2"], removeTags: ["tier_1", "tier_3"] }]);
  });

  it("asks nothing for a change the helpdesk has no word for", async () => {
    const effect: EffectRequest = { name: "updateTicket", input: { ticketId: "t1", changes: { status: "new" }, idempotencyKey: key } };
    expect(await helpdeskActions(effect, {}, remote)).toEqual([]);
  });

  it("resolves with the closing message first, then solved; replies, notes and surveys as they are", async () => {
    expect(await helpdeskActions({ name: "resolveTicket", input: { ticketId: "t1", message: "Glad it's sorted.", idempotencyKey: key } }, {}, remote)).toEqual([
      { type: "reply", body: "Glad it's sorted." },
      { type: "update", status: "solved" },
    ]);
    expect(await helpdeskActions({ name: "sendReply", input: { ticketId: "t1", body: "Hi", citations: [], idempotencyKey: key } }, {}, remote)).toEqual([{ type: "reply", body: "Hi" }]);
    expect(await helpdeskActions({ name: "postInternalNote", input: { ticketId: "t1", body: "FYI", idempotencyKey: key } }, {}, remote)).toEqual([{ type: "note", body: "FYI" }]);
    expect(await helpdeskActions({ name: "notifySlack", input: { ticketId: "t1", channel: "#x", text: "y", idempotencyKey: key } }, {}, remote)).toEqual([]);
  });
});
