import { describe, expect, it } from "vitest";
import { compile } from "../../../workflows/compile";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { convertTrigger } from "./convert-trigger";
import type { ZendeskConversion } from "./conversion-types";
import { fixtureRules } from "./test-fixtures";

const GROUPS = { "360001234567": "escalations" };

function convertFixture(name: string, index = 0, options = {}): ZendeskConversion {
  const input = fixtureRules(name)[index]!;
  return convertTrigger(input.rule, input.source, options);
}

/** "id(kind)" in node order, and edges as their ids: the shape of the flow at a glance. */
function shape(graph: TFlowGraph) {
  return { nodes: graph.nodes.map((n) => `${n.id}(${n.type})`), edges: graph.edges.map((e) => e.id) };
}

function node<T extends TFlowGraph["nodes"][number]["type"]>(graph: TFlowGraph, type: T) {
  return graph.nodes.filter((n): n is Extract<TFlowGraph["nodes"][number], { type: T }> => n.type === type);
}

function expectCompiles(c: ZendeskConversion) {
  const result = compile(c.graph, { knownQueues: c.queues });
  expect(result.ok ? [] : result.errors).toEqual([]);
}

describe("convertTrigger", () => {
  it("converts the urgent-escalation trigger: ALL rules with an ANY group, then route → tag → notify → set-fields", () => {
    // trigger ─▶ conditions ─true▶ route-1 ─▶ tag-2 ─▶ notify-3 ─▶ set-fields-4 ─▶ end
    //                └─false▶ end-no-match
    const c = convertFixture("trigger-urgent-escalation.json", 0, { groupNames: GROUPS });
    expect(c).toMatchObject({ title: "Escalate urgent outage emails", source: "trigger", active: true, queues: ["escalations"] });
    expect(shape(c.graph)).toEqual({
      nodes: ["trigger(trigger)", "conditions(condition)", "end-no-match(end)", "route-1(route)", "tag-2(tag)", "notify-3(notify)", "set-fields-4(set-fields)", "end(end)"],
      edges: [
        "trigger->conditions",
        "conditions:false->end-no-match",
        "conditions:true->route-1",
        "route-1->tag-2",
        "tag-2->notify-3",
        "notify-3->set-fields-4",
        "set-fields-4->end",
      ],
    });
    expect(node(c.graph, "trigger")[0]!.data.on).toBe("ticket.created");
    expect(node(c.graph, "condition")[0]!.data.rules).toEqual({
      kind: "group",
      id: "zendesk.all",
      match: "all",
      rules: [
        { kind: "rule", id: "zendesk.all.1", field: "ticket.priority", op: "equals", value: "urgent" },
        { kind: "rule", id: "zendesk.all.2", field: "ticket.channel", op: "equals", value: "email" },
        { kind: "rule", id: "zendesk.all.3", field: "ticket.tags", op: "contains_none", values: ["spam", "test_ticket"] },
        {
          kind: "group",
          id: "zendesk.any",
          match: "any",
          rules: [
            { kind: "rule", id: "zendesk.any.0", field: "ticket.subject", op: "contains_any", values: ["outage", "down"] },
            { kind: "rule", id: "zendesk.any.1", field: "message.latest", op: "contains_any", values: ["broken", "crash"] },
          ],
        },
      ],
    });
    expect(node(c.graph, "route")[0]!.data.queue).toBe("escalations");
    expect(node(c.graph, "tag")[0]!.data).toMatchObject({ add: ["escalated", "outage"], remove: [] });
    expect(node(c.graph, "notify")[0]!.data).toEqual({
      label: "Notify (was group 360001234567)",
      channel: "#zendesk-group",
      message: "Urgent: {{ticket.subject}} (#{{ticket.id}})\n\n{{customer.name}} reports an outage. {{ticket.url}}",
    });
    expect(node(c.graph, "set-fields")[0]!.data).toMatchObject({ status: "open" });
    expect(c.unsupported.map((u) => [u.kind, u.group, u.index, u.field])).toEqual([
      ["condition", "all", 4, "organization_id"],
      ["condition", "any", 2, "role"],
      ["action", undefined, 3, "assignee_id"],
    ]);
    expect(c.unsupported.every((u) => u.reason.length > 10)).toBe(true);
    expect(c.notes.join("\n")).toContain("{{ticket.url}}");
    expectCompiles(c);
  });

  it("lists the group action as unsupported, with the fix, when no queue is mapped", () => {
    const c = convertFixture("trigger-urgent-escalation.json");
    expect(c.unsupported).toHaveLength(4);
    expect(c.unsupported[2]).toMatchObject({ kind: "action", index: 0, field: "group_id", value: "360001234567" });
    expect(c.unsupported[2]!.reason).toBe("Zendesk group 360001234567 has no queue yet: say which queue it is, then convert again");
    expect(node(c.graph, "route")).toEqual([]);
    expectCompiles(c);
  });

  it("words the fix for an unmapped group as the caller says, naming the group", () => {
    const c = convertFixture("trigger-urgent-escalation.json", 0, { groupHint: (id: string) => `map ${id} in the table` });
    expect(c.unsupported[2]!.reason).toBe("Zendesk group 360001234567 has no queue yet: map 360001234567 in the table");
  });

  it("turns 'reply publicly and solve' into one resolve node, followed by the CSAT survey", () => {
    // trigger ─▶ conditions ─true▶ resolve-1 ─▶ csat-survey-2 ─▶ end
    const c = convertFixture("triggers-list.json", 0);
    expect(shape(c.graph).nodes).toEqual(["trigger(trigger)", "conditions(condition)", "end-no-match(end)", "resolve-1(resolve)", "csat-survey-2(csat-survey)", "end(end)"]);
    expect(node(c.graph, "resolve")[0]!.data.message).toMatch(/^Hi \{\{customer\.name\}\}, you can reset your password/);
    expect(node(c.graph, "condition")[0]!.data.rules.rules).toEqual([
      { kind: "rule", id: "zendesk.all.1", field: "ticket.subject", op: "contains_any", values: ["password reset"] },
    ]);
    expect(c.unsupported).toEqual([]);
    expectCompiles(c);
  });

  it("starts an update_type Change trigger on ticket.updated and merges remove/set tags into one tag node", () => {
    const c = convertFixture("triggers-list.json", 1);
    expect(c.active).toBe(false);
    expect(node(c.graph, "trigger")[0]!.data.on).toBe("ticket.updated");
    expect(shape(c.graph).nodes).toEqual(["trigger(trigger)", "conditions(condition)", "end-no-match(end)", "notify-1(notify)", "notify-2(notify)", "tag-3(tag)", "end(end)"]);
    expect(node(c.graph, "condition")[0]!.data.rules.rules).toEqual([
      { kind: "rule", id: "zendesk.all.1", field: "ticket.status", op: "in", values: ["new", "open", "pending"] },
    ]);
    expect(node(c.graph, "notify").map((n) => n.data.channel)).toEqual(["#zendesk-user", "#zendesk-webhook"]);
    expect(node(c.graph, "tag")[0]!.data).toMatchObject({ add: ["customer_replied"], remove: ["awaiting_customer"] });
    expect(c.unsupported.map((u) => u.field)).toEqual(["role"]);
    expect(c.notes.some((n) => n.includes("set_tags replaced all"))).toBe(true);
    expect(c.notes.some((n) => n.includes("inactive"))).toBe(true);
    expectCompiles(c);
  });

  it("turns an automation's 'hours since created > 24' into a 24h SLA timer whose breach runs the actions", () => {
    // trigger ─▶ wait-1 (sla 24h) ─breached▶ conditions ─true▶ set-fields-1 ─▶ tag-2 ─▶ notify-3 ─▶ end
    //              └─met▶ end-wait-1           └─false▶ end-no-match
    const c = convertFixture("automations-list.json", 0);
    expect(c.source).toBe("automation");
    expect(shape(c.graph).edges).toEqual([
      "trigger->wait-1",
      "wait-1:met->end-wait-1",
      "wait-1:breached->conditions",
      "conditions:false->end-no-match",
      "conditions:true->set-fields-1",
      "set-fields-1->tag-2",
      "tag-2->notify-3",
      "notify-3->end",
    ]);
    expect(node(c.graph, "sla-timer")[0]!.data).toMatchObject({ target: "resolution", within: "24h" });
    expect(node(c.graph, "set-fields")[0]!.data).toMatchObject({ priority: "urgent" });
    expect(c.unsupported).toEqual([]);
    expectCompiles(c);
  });

  it("lists a time condition counted from a status change and keeps the rest", () => {
    const c = convertFixture("automations-list.json", 1);
    expect(c.unsupported).toEqual([
      expect.objectContaining({ kind: "condition", group: "all", index: 1, field: "SOLVED", operator: "greater_than", value: "96" }),
    ]);
    expect(c.unsupported[0]!.reason).toContain("hours since the ticket was solved");
    expect(shape(c.graph).nodes).toEqual(["trigger(trigger)", "conditions(condition)", "end-no-match(end)", "set-fields-1(set-fields)", "end(end)"]);
    expectCompiles(c);
  });

  it("turns 'requester has not updated for 48h' into a wait for the customer's reply", () => {
    const c = convertFixture("automations-list.json", 2);
    expect(node(c.graph, "wait-for")[0]!.data).toMatchObject({ event: "customer.replied", timeout: "48h" });
    expect(shape(c.graph).edges.slice(0, 3)).toEqual(["trigger->wait-1", "wait-1:replied->end-wait-1", "wait-1:timeout->conditions"]);
    expect(c.unsupported).toEqual([]);
    expectCompiles(c);
  });

  it("still returns a valid trigger → end graph when nothing converts, and lists every item", () => {
    const c = convertFixture("trigger-nothing-convertible.json");
    expect(c.source).toBe("trigger");
    expect(shape(c.graph)).toEqual({ nodes: ["trigger(trigger)", "end(end)"], edges: ["trigger->end"] });
    expect(c.unsupported.map((u) => `${u.kind}:${u.index}:${u.field}`)).toEqual(["condition:0:brand_id", "condition:1:requester_id", "action:0:assignee_id", "action:1:follower"]);
    expect(c.notes.some((n) => n.includes("None of the actions"))).toBe(true);
    expectCompiles(c);
  });

  it("lays nodes out left to right on the main line, with side exits below", () => {
    const c = convertFixture("automations-list.json", 0);
    const main = c.graph.nodes.filter((n) => !n.id.startsWith("end-"));
    const xs = main.map((n) => n.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    expect(c.graph.nodes.filter((n) => n.id.startsWith("end-")).every((n) => n.position.y > main[0]!.position.y)).toBe(true);
  });
});
