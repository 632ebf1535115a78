import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { errorsOf, flow, messagesOf, n } from "../compile/test-graphs";
import { drive, path, planOf, ticket, type Fakes } from "../interpret/test-driver";
import type { RunState } from "../interpret/types";
import type { TLookupResult } from "../model/lookup";

/*
 *  trigger ─▶ lookup(orders) ─found──────▶ tag(has-order) ─▶ end
 *                            ├─not found─▶ tag(no-order)  ─▶ end
 *                            └─failed────▶ escalate
 */
const wired = flow(
  {
    t: n.trigger(),
    look: n.raw("lookup", { source: "orders" }),
    yes: n.tag("has-order"),
    no: n.tag("no-order"),
    down: n.escalate("Order system down"),
    x: n.end(),
  },
  ["t -> look", "look:found -> yes", "look:not-found -> no", "look:failed -> down", "yes -> x", "no -> x"],
);
const plan = planOf(wired);

/* The same without the failed branch: a failure goes down "not found". */
const withoutFailed = planOf(
  flow(
    { t: n.trigger(), look: n.raw("lookup", { source: "orders" }), yes: n.tag("has-order"), no: n.tag("no-order") },
    ["t -> look", "look:found -> yes", "look:not-found -> no"],
  ),
);

const nodes = (state: RunState) => state.trace.map((e) => e.nodeId);
const answering = (result: Omit<TLookupResult, "source">): Fakes => ({ lookupData: (i) => ({ source: i.source, ...result }) });

describe("the lookup node", () => {
  it("asks the driver to look the ticket up in the named source", () => {
    const run = drive(plan, ticket({ id: "t9" }));
    expect(run.calls.filter((c) => c.name === "lookupData").map((c) => c.input)).toEqual([{ ticketId: "t9", source: "orders" }]);
  });

  it("takes found with the record's fields, keeps the result for later nodes and traces the request", () => {
    const run = drive(plan, ticket(), answering({ status: "found", request: "/orders/A-1", fields: { state: "shipped", eta: "2026-03-04" } }));
    expect(nodes(run.state)).toEqual(["t", "look", "yes", "x"]);
    expect(run.state.facts.lookups["orders"]).toMatchObject({ status: "found", fields: { state: "shipped" } });
    const line = run.state.trace[1]!;
    expect(line.reason).toBe("Found in orders at /orders/A-1: state, eta");
    expect(line.details).toEqual({ dataSource: "orders", request: "/orders/A-1", status: "found", fields: { state: "shipped", eta: "2026-03-04" }, cached: false });
  });

  it("says when the answer is the ticket's earlier result", () => {
    const run = drive(plan, ticket(), answering({ status: "found", request: "/orders/A-1", fields: {}, cached: true }));
    expect(run.state.trace[1]!.reason).toBe("Found in orders at /orders/A-1 (this ticket's earlier result)");
    expect(run.state.trace[1]!.details).toMatchObject({ cached: true });
  });

  it.each([
    ["not_found", "not found", "no"],
    ["skipped", "skipped", "no"],
    ["not_recorded", "not recorded", "no"],
    ["failed", "failed", "down"],
  ] as const)("a %s result is decided %j and goes on to %s", (status, decision, next) => {
    const run = drive(plan, ticket(), answering({ status, request: null, fields: {}, error: "Why" }));
    expect(path(run.state)[1]).toBe(`look:${decision}`);
    expect(nodes(run.state)[2]).toBe(next);
  });

  it("goes down not found when it fails and nothing is wired to failed", () => {
    const run = drive(withoutFailed, ticket(), answering({ status: "failed", request: "/orders/A-1", fields: {}, error: "The lookup failed: no answer within 3000 ms" }));
    expect(path(run.state)[1]).toBe("look:failed");
    expect(nodes(run.state)).toEqual(["t", "look", "no"]);
    expect(run.state.trace[1]!.reason).toBe("orders at /orders/A-1: The lookup failed: no answer within 3000 ms");
  });

  it("treats an activity that finally failed as a failed lookup", () => {
    const run = drive(plan, ticket(), {
      lookupData: () => {
        throw new Error("worker lost");
      },
    });
    expect(path(run.state)[1]).toBe("look:failed");
    expect(run.state.facts.lookups["orders"]).toEqual({ source: "orders", status: "failed", fields: {}, error: "worker lost" });
  });

  it("refuses a malformed result at the node, as a failure", () => {
    const run = drive(plan, ticket(), { lookupData: () => ({ source: "orders", status: "maybe" }) });
    expect(path(run.state)[1]).toBe("look:failed");
    expect(run.state.trace[1]!.reason).toMatch(/^orders: lookupData returned an invalid result \(status:/);
  });

  it("never writes to an earlier state (every state is frozen as it is made)", () => {
    const run = drive(plan, ticket(), answering({ status: "found", request: "/o/1", fields: { a: 1 } }), [], { freeze: true });
    expect(run.states[1]!.facts.lookups).toEqual({});
    expect(run.state.facts.lookups["orders"]?.fields).toEqual({ a: 1 });
  });
});

describe("compiling a lookup", () => {
  it("needs a source", () => {
    const result = compile(flow({ t: n.trigger(), look: n.raw("lookup", { source: "  " }), x: n.end() }, ["t -> look", "look:found -> x", "look:not-found -> x"]));
    expect(errorsOf(result)).toEqual([{ code: "invalid-config", nodeId: "look", field: "source" }]);
    expect(messagesOf(result)[0]).toContain("Pick a data source");
  });

  it("needs found and not found wired, not failed", () => {
    const result = compile(flow({ t: n.trigger(), look: n.raw("lookup", { source: "orders" }), x: n.end() }, ["t -> look", "look:found -> x"]));
    expect(errorsOf(result)).toEqual([{ code: "unconnected-output", nodeId: "look", handle: "not-found" }]);
  });

  it("refuses a source the workspace does not have, naming the node and the sources it has", () => {
    const result = compile(wired, { knownDataSources: ["billing", "Orders"] });
    expect(errorsOf(result)).toEqual([{ code: "unknown-data-source", nodeId: "look", field: "source" }]);
    expect(messagesOf(result)[0]).toBe('Look up data node "look": there is no data source "orders" in this workspace; did you mean "Orders"?');
    expect(messagesOf(compile(wired, { knownDataSources: [] }))[0]).toContain("add it in Settings");
    expect(compile(wired, { knownDataSources: ["orders"] }).ok).toBe(true);
  });

  it("is labelled after its source when drawn without a label", () => {
    expect(plan.nodes["look"]!.label).toBe("Look up orders");
  });
});
