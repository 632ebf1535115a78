import { describe, expect, it } from "vitest";
import { importZendeskJson } from "./import-zendesk-json";
import { fixtureText } from "./test-fixtures";

const minimal = { title: "t", conditions: { all: [{ field: "status", operator: "is", value: "new" }] }, actions: [{ field: "priority", value: "high" }] };

describe("importZendeskJson", () => {
  it.each([
    ["a wrapped trigger", { trigger: minimal }, ["trigger"]],
    ["a wrapped automation", { automation: minimal }, ["automation"]],
    ["a bare rule (no `any`, no `active`)", minimal, ["trigger"]],
    ["a bare array", [minimal, minimal], ["trigger", "trigger"]],
    ["the list form", { triggers: [minimal], count: 1, next_page: null }, ["trigger"]],
    ["an `any: null` from an old export", { trigger: { ...minimal, conditions: { all: [], any: null } } }, ["trigger"]],
  ])("accepts %s", (_name, json, sources) => {
    const result = importZendeskJson(JSON.stringify(json));
    expect(result.ok && result.conversions.map((c) => c.source)).toEqual(sources);
  });

  it("converts every rule of a list fixture", () => {
    const result = importZendeskJson(fixtureText("automations-list.json"));
    expect(result.ok && result.conversions.map((c) => c.title)).toEqual([
      "Escalate tickets unsolved after 24 hours",
      "Close ticket 4 days after status is set to solved",
      "Nudge customers who have not answered in two days",
    ]);
  });

  it("says where the JSON is broken", () => {
    const result = importZendeskJson('{ "trigger": { "title": "x", ');
    expect(result).toMatchObject({ ok: false, problem: "not-json" });
    expect(!result.ok && result.message).toMatch(/^Not valid JSON: /);
  });

  it("gives the path of every field that does not fit", () => {
    const json = {
      triggers: [minimal, { title: "bad", conditions: { all: [{ field: "status", value: "new" }], any: "x" }, actions: [{ value: "high" }] }],
    };
    const result = importZendeskJson(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe("bad-shape");
    expect(result.issues.map((i) => i.path)).toEqual(["triggers.1.conditions.all.0.operator", "triggers.1.conditions.any", "triggers.1.actions.0.field"]);
    expect(result.message).toContain("triggers.1.conditions.all.0.operator:");
  });

  it.each([
    ["missing conditions", { trigger: { title: "x", actions: [] } }, "trigger.conditions", /conditions: \{ all/],
    ["actions not a list", { trigger: { ...minimal, actions: { field: "status" } } }, "trigger.actions", /actions: \[/],
    ["an empty list", { triggers: [] }, "triggers", /empty/],
    ["a number", 42, "", /Expected a Zendesk trigger or automation/],
  ])("rejects %s", (_name, json, path, message) => {
    const result = importZendeskJson(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toEqual({ path, message: expect.stringMatching(message) });
  });
});
