import { describe, expect, it } from "vitest";
import { convertActions } from "./convert-actions";
import type { TZendeskAction } from "./zendesk-trigger-schema";

const run = (actions: TZendeskAction[], groupNames?: Record<string, string>) => convertActions(actions, { groupNames });

describe("convertActions", () => {
  it("merges neighbouring field changes and tag changes into one node each", () => {
    const out = run([
      { field: "status", value: "pending" },
      { field: "priority", value: "high" },
      { field: "custom_fields_360005", value: "gold" },
      { field: "current_tags", value: "a b" },
      { field: "remove_tags", value: "c" },
    ]);
    expect(out.steps).toEqual([
      { type: "set-fields", from: [0, 1, 2], data: { label: "Set fields", status: "pending", priority: "high", fields: { custom_fields_360005: "gold" } } },
      { type: "tag", from: [3, 4], data: { label: "Tag", add: ["a", "b"], remove: ["c"] } },
    ]);
    expect(out.unsupported).toEqual([]);
  });

  it("routes a mapped group to its queue", () => {
    const out = run([{ field: "group_id", value: 200 }], { "200": "billing" });
    expect(out.steps).toEqual([{ type: "route", from: [0], data: { label: "To billing", queue: "billing", strategy: "round-robin", skills: [] } }]);
  });

  it("lists a public comment that does not solve the ticket, and an internal note, as unsupported", () => {
    const publicReply = run([{ field: "comment_value", value: "We are on it" }, { field: "status", value: "open" }]);
    expect(publicReply.unsupported).toEqual([expect.objectContaining({ kind: "action", index: 0, field: "comment_value" })]);
    expect(publicReply.unsupported[0]!.reason).toContain("resolve node's closing message");
    expect(publicReply.steps.map((s) => s.type)).toEqual(["set-fields"]);

    const note = run([{ field: "comment_value", value: "Internal: check billing" }, { field: "comment_mode_is_public", value: false }, { field: "status", value: "solved" }]);
    expect(note.unsupported.map((u) => [u.index, u.reason])).toEqual([[0, "internal notes have no counterpart in the flow"]]);
    expect(note.steps).toEqual([{ type: "set-fields", from: [2], data: { label: "Set fields", status: "solved", fields: {} } }]);
  });

  it("takes the body of a messaging comment ([channel, body]) for the resolve message", () => {
    const out = run([{ field: "status", value: "solved" }, { field: "comment_value", value: ["channel:all", "Solved, thanks {{ticket.requester.name}}!"] }]);
    expect(out.steps).toEqual([{ type: "resolve", from: [0, 1], data: { label: "Reply and solve", message: "Solved, thanks {{customer.name}}!" } }]);
  });

  it("lists what has no counterpart, with reasons", () => {
    const out = run([
      { field: "status", value: "hold" },
      { field: "assignee_id", value: "current_user" },
      { field: "satisfaction_score", value: "bad" },
      { field: "notification_sms_user", value: ["requester_id", "hi"] },
      { field: "notification_user", value: ["requester_id", "", ""] },
      { field: "group_id", value: "" },
      { field: "set_schedule", value: "1" },
    ]);
    expect(out.steps).toEqual([]);
    expect(out.unsupported.map((u) => [u.index, u.field])).toEqual([
      [0, "status"],
      [1, "assignee_id"],
      [2, "satisfaction_score"],
      [3, "notification_sms_user"],
      [4, "notification_user"],
      [5, "group_id"],
      [6, "set_schedule"],
    ]);
    expect(out.unsupported.map((u) => u.reason)).toEqual([
      "the flow has no on-hold status",
      "the flow routes to queues, not to individual agents",
      'only "offered_to_requester" has a counterpart (the CSAT survey node), not "bad"',
      'Zendesk "notification_sms_user" notifications have no counterpart; the flow notifies through Slack',
      "the notification has no message text",
      "unassigning the group has no counterpart; a flow always routes to a queue",
      'the Zendesk action "set_schedule" has no counterpart in the flow',
    ]);
  });
});
