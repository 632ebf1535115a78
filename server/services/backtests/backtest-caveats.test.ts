import { describe, expect, it } from "vitest";
import { readsField } from "./backtest-caveats";

describe("readsField", () => {
  /*
   *  trigger ─▶ switch ──"vip"──────▶ route(vip)       the "vip" case: ANY(plan = premium, NOT(ALL(tags contain vip)))
   *                   └─fallback──▶ route(general)
   */
  const graph = {
    nodes: [
      { id: "t", type: "trigger", config: {} },
      {
        id: "s",
        type: "switch",
        config: {
          cases: [
            {
              id: "vip",
              label: "vip",
              rules: {
                kind: "group",
                match: "any",
                rules: [
                  { kind: "rule", field: "customer.plan", op: "equals", value: "premium" },
                  { kind: "group", match: "not", rules: [{ kind: "group", match: "all", rules: [{ kind: "rule", field: "ticket.tags", op: "contains_any", values: ["vip"] }] }] },
                ],
              },
            },
          ],
        },
      },
    ],
    edges: [],
  };

  it("finds a field read by a rule at any depth, and only by a rule", () => {
    expect(readsField(graph, "ticket.tags")).toBe(true);
    expect(readsField(graph, "customer.plan")).toBe(true);
    expect(readsField(graph, "ticket.subject")).toBe(false);
    // A field name that is not a rule's (a note's text, a label) does not count.
    expect(readsField({ nodes: [{ id: "n", type: "notify", config: { message: "ticket.tags", field: "ticket.tags" } }] }, "ticket.tags")).toBe(false);
    expect(readsField(null, "ticket.tags")).toBe(false);
  });
});
