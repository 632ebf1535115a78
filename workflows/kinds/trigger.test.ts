import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import { drive, planOf, ticket } from "../interpret/test-driver";

const plan = planOf(flow({ t: n.trigger(), x: n.end() }, ["t -> x"]));

describe("trigger", () => {
  it("names the page the customer wrote from in the run's first trace line", () => {
    const { state } = drive(plan, ticket({ pageUrl: "https://shop.example/help/cards?tab=pin" }));
    expect(state.trace[0]).toMatchObject({ nodeType: "trigger", decision: "start", reason: "Started by ticket.created", details: { pageUrl: "https://shop.example/help/cards?tab=pin" } });
  });

  it("has no details when the ticket came from no page", () => {
    const { state } = drive(plan, ticket({ pageUrl: null }));
    expect(state.trace[0]).toEqual(expect.objectContaining({ nodeType: "trigger", reason: "Started by ticket.created" }));
    expect(state.trace[0]!.details).toBeUndefined();
  });
});
