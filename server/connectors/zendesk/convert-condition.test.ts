import { describe, expect, it } from "vitest";
import { convertCondition } from "./convert-condition";
import type { TZendeskCondition } from "./zendesk-trigger-schema";

const options = { groupNames: { "200": "billing" } };
const convert = (field: string, operator: string, value: TZendeskCondition["value"]) => convertCondition({ field, operator, value }, options);

describe("convertCondition", () => {
  it.each([
    ["status", "is", "open", { field: "ticket.status", op: "equals", value: "open" }],
    ["status", "is_not", "solved", { field: "ticket.status", op: "not_equals", value: "solved" }],
    // Zendesk's order is new < open < pending < hold < solved < closed; the flow has no hold.
    ["status", "less_than", "solved", { field: "ticket.status", op: "in", values: ["new", "open", "pending"] }],
    ["status", "greater_than", "pending", { field: "ticket.status", op: "in", values: ["solved", "closed"] }],
    ["priority", "is", "HIGH", { field: "ticket.priority", op: "equals", value: "high" }],
    ["priority", "greater_than", "normal", { field: "ticket.priority", op: "in", values: ["high", "urgent"] }],
    ["current_tags", "includes", "vip  enterprise", { field: "ticket.tags", op: "contains_any", values: ["vip", "enterprise"] }],
    ["current_tags", "not_includes", "spam", { field: "ticket.tags", op: "contains_none", values: ["spam"] }],
    ["comment_includes_word", "includes", "refund chargeback", { field: "message.latest", op: "contains_any", values: ["refund", "chargeback"] }],
    ["comment_includes_word", "is_not", "thank you", { field: "message.latest", op: "contains_none", values: ["thank you"] }],
    ["subject_includes_word", "not_includes", "newsletter", { field: "ticket.subject", op: "contains_none", values: ["newsletter"] }],
    ["via_id", "is", 29, { field: "ticket.channel", op: "equals", value: "chat" }],
    ["via_id", "is_not", "mail", { field: "ticket.channel", op: "not_equals", value: "email" }],
    ["group_id", "is", "200", { field: "ticket.queue", op: "equals", value: "billing" }],
    ["group_id", "is", "", { field: "ticket.queue", op: "is_empty" }],
  ] as const)("%s %s %j → rule", (field, operator, value, expected) => {
    expect(convert(field, operator, value)).toEqual({ kind: "rule", rule: { kind: "rule", ...expected } });
  });

  it.each([
    ["is", "Create", "ticket.created"],
    ["is", "Change", "ticket.updated"],
    ["is_not", "Create", "ticket.updated"],
  ] as const)("update_type %s %s → starts on %s", (operator, value, on) => {
    expect(convert("update_type", operator, value)).toEqual({ kind: "event", on });
  });

  it.each([
    ["created_at", "greater_than", "24", { type: "sla-timer", data: { target: "resolution", within: "24h" } }],
    ["hours_since_created", "is", 8, { type: "sla-timer", data: { target: "resolution", within: "8h" } }],
    ["requester_updated_at", "greater_than", "48", { type: "wait-for", data: { event: "customer.replied", timeout: "48h" } }],
    ["assignee_updated_at", "greater_than", "4", { type: "wait-for", data: { event: "agent.replied", timeout: "4h" } }],
  ] as const)("time condition %s %s %j → wait", (field, operator, value, expected) => {
    expect(convert(field, operator, value)).toMatchObject({ kind: "wait", wait: expected });
  });

  it.each([
    ["status", "is", "hold", /no on-hold status/],
    ["status", "changed", "", /what this update changed/],
    ["status", "value", "solved", /use "is" if the difference does not matter/],
    ["priority", "less_than", "low", /no priority the flow knows is less than "low"/],
    ["type", "is", "incident", /no ticket type/],
    ["assignee_id", "is", "123", /cannot test the assignee/],
    ["organization_id", "is", "55", /organizations have no counterpart/],
    ["custom_fields_360011", "is", "gold", /custom ticket fields/],
    ["via_id", "is", 57, /channel "57" has no matching flow channel/],
    ["group_id", "is", "999", /Zendesk group 999 has no queue yet/],
    ["current_tags", "includes", "", /no tags given/],
    ["hours_since_open", "greater_than", "24", /hours since the ticket was set to open/],
    ["created_at", "less_than", "24", /only "is" and "greater_than"/],
    ["created_at", "greater_than_business_hours", "24", /business hours/],
    ["created_at", "greater_than", "soon", /not a positive number of hours/],
    ["update_type", "is", "Delete", /not an update type/],
    ["satisfaction_score", "is", "bad", /CSAT rating/],
    ["made_up_field", "is", "x", /"made_up_field" has no counterpart/],
  ] as const)("%s %s %j → unsupported", (field, operator, value, reason) => {
    const outcome = convert(field, operator, value);
    expect(outcome.kind).toBe("unsupported");
    expect(outcome.kind === "unsupported" && outcome.reason).toMatch(reason);
  });
});
