import { describe, expect, it } from "vitest";
import { queuesNamedByPlan, unmappedQueuesOf } from "./plan-queues";

const plan = (nodes: Record<string, unknown>) => ({ planVersion: 2, entry: {}, nodes });

describe("queuesNamedByPlan", () => {
  it("reads the queues of route and escalate nodes, each once, and nothing else", () => {
    const named = queuesNamedByPlan(
      plan({
        a: { type: "route", config: { queue: "Billing" } },
        b: { type: "escalate", config: { queue: "Tier 2", reason: "x" } },
        c: { type: "escalate", config: { reason: "no queue" } },
        d: { type: "route", config: { queue: "Billing" } },
        e: { type: "set-fields", config: { queue: "Not a route" } },
      }),
    );
    expect(named.sort()).toEqual(["Billing", "Tier 2"]);
  });

  it("reads nothing from a plan it does not recognise", () => {
    expect(queuesNamedByPlan(null)).toEqual([]);
    expect(queuesNamedByPlan({ nodes: "x" })).toEqual([]);
    expect(queuesNamedByPlan({ nodes: { a: null } })).toEqual([]);
  });
});

describe("unmappedQueuesOf", () => {
  it("lists each unmapped queue once with the flows naming it, by name", () => {
    const flows = [
      { name: "Tiered support", plans: [plan({ a: { type: "route", config: { queue: "Billing" } } }), plan({ b: { type: "route", config: { queue: "VIP" } } })] },
      { name: "Refunds", plans: [plan({ a: { type: "escalate", config: { queue: "Billing" } }, b: { type: "route", config: { queue: "General" } } })] },
    ];
    expect(unmappedQueuesOf(flows, new Set(["General"]))).toEqual([
      { queue: "Billing", flows: ["Refunds", "Tiered support"] },
      { queue: "VIP", flows: ["Tiered support"] },
    ]);
  });
});
