import { describe, expect, it } from "vitest";
import { importZendeskJson } from "@/server/connectors/zendesk/import-zendesk-json";
import { fixtureText } from "@/server/connectors/zendesk/test-fixtures";
import { nodeDetail } from "./node-detail";
import {
  EXAMPLE_TRIGGER,
  findGroupIds,
  flowNameFor,
  formatZendeskValue,
  groupNamesFromRows,
  issueRows,
  locationOf,
  mergeDetectedGroups,
  pathLabel,
} from "./zendesk-import";

describe("findGroupIds", () => {
  it("finds group_id actions and conditions in every accepted shape, once each, in order", () => {
    expect(findGroupIds(fixtureText("trigger-urgent-escalation.json"))).toEqual(["360001234567"]);
    const rule = (all: unknown[], actions: unknown[]) => ({ title: "t", conditions: { all, any: [] }, actions });
    const a = rule([{ field: "group_id", operator: "is", value: 7 }], [{ field: "group_id", value: "8" }, { field: "group_id", value: "7" }]);
    const b = rule([], [{ field: "group_id", value: "9" }, { field: "status", value: "open" }]);
    expect(findGroupIds(JSON.stringify({ triggers: [a, b] }))).toEqual(["7", "8", "9"]);
    expect(findGroupIds(JSON.stringify({ automation: b }))).toEqual(["9"]);
    expect(findGroupIds(JSON.stringify([a]))).toEqual(["7", "8"]);
    expect(findGroupIds(JSON.stringify(b))).toEqual(["9"]);
  });

  it("has nothing for text that is not JSON or not a rule, and ignores empty ids and null lists", () => {
    expect(findGroupIds("{ trigger: ")).toEqual([]);
    expect(findGroupIds("42")).toEqual([]);
    expect(findGroupIds(JSON.stringify({ triggers: "x" }))).toEqual([]);
    expect(findGroupIds(JSON.stringify({ trigger: { conditions: null, actions: [{ field: "group_id", value: "" }, null] } }))).toEqual([]);
  });

  it("finds the example's group, which the converter lists as unsupported until it is mapped", () => {
    expect(findGroupIds(EXAMPLE_TRIGGER)).toEqual(["20001"]);
    const unmapped = importZendeskJson(EXAMPLE_TRIGGER);
    const mapped = importZendeskJson(EXAMPLE_TRIGGER, { groupNames: { "20001": "billing" } });
    if (!unmapped.ok || !mapped.ok) throw new Error("the example must convert");
    expect(unmapped.conversions[0]!.unsupported.map((u) => u.field)).toEqual(["group_id", "assignee_id"]);
    expect(mapped.conversions[0]!.unsupported.map((u) => u.field)).toEqual(["assignee_id"]);
    expect(mapped.conversions[0]!.queues).toEqual(["billing"]);
  });
});

describe("group mapping rows", () => {
  it("keeps complete rows only, trimmed, the last one winning, and nothing when empty", () => {
    expect(groupNamesFromRows([{ groupId: " 1 ", queue: "billing" }, { groupId: "2", queue: "" }, { groupId: "", queue: "x" }, { groupId: "1", queue: " general " }])).toEqual({ "1": "general" });
    expect(groupNamesFromRows([{ groupId: "2", queue: "" }])).toBeUndefined();
    expect(groupNamesFromRows([])).toBeUndefined();
  });

  it("adds an empty row per newly detected id and keeps the user's rows", () => {
    const rows = [{ groupId: "1", queue: "billing" }];
    expect(mergeDetectedGroups(rows, ["1", "2"])).toEqual([{ groupId: "1", queue: "billing" }, { groupId: "2", queue: "" }]);
    expect(mergeDetectedGroups(rows, [])).toEqual(rows);
  });
});

describe("unsupported items and errors", () => {
  it("names the place in the Zendesk JSON", () => {
    expect(locationOf({ kind: "condition", group: "any", index: 2 })).toBe("conditions.any[2]");
    expect(locationOf({ kind: "condition", index: 0 })).toBe("conditions.all[0]");
    expect(locationOf({ kind: "action", index: 3 })).toBe("actions[3]");
  });

  it("formats values for a cell", () => {
    expect(formatZendeskValue("current_user")).toBe("current_user");
    expect(formatZendeskValue(4)).toBe("4");
    expect(formatZendeskValue(["123", "Subject", null])).toBe("123 · Subject · —");
    expect(formatZendeskValue(undefined)).toBe("—");
    expect(formatZendeskValue(null)).toBe("—");
  });

  it("lists the server's paths, or its message when it has none", () => {
    expect(issueRows("Not a Zendesk trigger", [{ path: "trigger.actions.0.field", message: "Each action needs a field" }])).toEqual([{ path: "trigger.actions.0.field", message: "Each action needs a field" }]);
    expect(issueRows("Server unreachable", null)).toEqual([{ path: "", message: "Server unreachable" }]);
    expect(issueRows("x", [])).toEqual([{ path: "", message: "x" }]);
    expect(pathLabel("")).toBe("(whole text)");
    expect(pathLabel("json")).toBe("(whole text)");
    expect(pathLabel("triggers.0.title")).toBe("triggers.0.title");
  });

  it("keeps flow names within flows.create's 120 characters", () => {
    expect(flowNameFor("  Escalate  ")).toBe("Escalate");
    expect(flowNameFor("")).toBe("Imported Zendesk rule");
    const long = flowNameFor("x".repeat(300));
    expect(long).toHaveLength(120);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("nodeDetail", () => {
  it("describes every node of the converted fixtures without throwing", () => {
    for (const name of ["trigger-urgent-escalation.json", "triggers-list.json", "automations-list.json", "trigger-nothing-convertible.json"]) {
      const result = importZendeskJson(fixtureText(name), { groupNames: { "360001234567": "escalations" } });
      if (!result.ok) throw new Error(name);
      for (const c of result.conversions) for (const n of c.graph.nodes) expect(() => nodeDetail(n.type, n.data)).not.toThrow();
    }
  });

  it("says what the key node kinds do", () => {
    expect(nodeDetail("trigger", { label: "t", on: "ticket.created" })).toBe("Starts on a new ticket");
    expect(nodeDetail("route", { label: "r", queue: "escalations" })).toBe("To queue escalations");
    expect(nodeDetail("tag", { label: "t", add: ["a", "b"], remove: ["c"] })).toBe("Add a, b; remove c");
    expect(nodeDetail("set-fields", { label: "s", status: "open", fields: { type: "incident" } })).toBe("Set status open, type incident");
    expect(nodeDetail("notify", { label: "n", channel: "#zendesk-group", message: "m" })).toBe("Slack #zendesk-group");
    expect(nodeDetail("wait-for", { label: "w", event: "customer.replied", timeout: "48h" })).toBe("Wait for a customer reply, up to 48h");
    expect(nodeDetail("sla-timer", { label: "s", target: "resolution", within: "24h" })).toBe("Resolution within 24h");
    expect(nodeDetail("resolve", { label: "r" })).toBe("Solve the ticket");
    expect(nodeDetail("condition", { label: "c", rules: { kind: "group", id: "g", match: "all", rules: [{ kind: "rule", id: "r", field: "ticket.priority", op: "equals", value: "urgent" }] } })).toMatch(/riority/);
    expect(nodeDetail("condition", { label: "c", rules: "broken" })).toBeUndefined();
    expect(nodeDetail("end", null)).toBeUndefined();
    expect(nodeDetail("unknown-kind", {})).toBeUndefined();
  });
});
