import { describe, expect, it } from "vitest";
import { ZDraftFlowGraphSchema } from "./graph";
import { GRAPH_LIMITS } from "./limits";

/** Lean steps and connections, as a hostile or runaway client would send them. */
const step = (i: number) => ({ id: `n${i}`, type: "end", data: {} });
const connection = (i: number) => ({ id: `e${i}`, source: "n0", target: "n1" });

function issuesOf(value: unknown) {
  const result = ZDraftFlowGraphSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("the draft schema's size limits", () => {
  it("refuses 100,000 steps with one sentence naming the limit and the size", () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => step(i));
    expect(issuesOf({ nodes, edges: [] })).toEqual([
      { path: "nodes", message: "This flow has 100,000 steps; a flow can have at most 1,000, so split it into smaller flows" },
    ]);
  });

  it("refuses 40,000 connections", () => {
    const edges = Array.from({ length: 40_000 }, (_, i) => connection(i));
    expect(issuesOf({ nodes: [step(0), step(1)], edges })).toEqual([
      { path: "edges", message: "This flow has 40,000 connections; a flow can have at most 4,000, so split it into smaller flows" },
    ]);
  });

  it("names the step whose settings are too big, and where", () => {
    const nodes = [step(0), { id: "notify-1", type: "notify", data: { label: "Ping", channel: "#x", message: "m".repeat(GRAPH_LIMITS.textLength + 1) } }];
    expect(issuesOf({ nodes, edges: [] })).toEqual([
      { path: "nodes.1.data.message", message: 'Step "Ping": message is 10,001 characters long; a text can be at most 10,000 characters, so shorten it' },
    ]);
  });

  it("refuses flow settings nested past the bound, which a recursive walk could not survive", () => {
    let settings: unknown = {};
    for (let i = 0; i < 50_000; i++) settings = [settings];
    expect(issuesOf({ nodes: [], edges: [], settings })).toEqual([
      { path: "settings", message: "Flow settings: they nest 50,001 levels deep; settings can nest at most 40 levels" },
    ]);
  });

  it("passes a draft within the limits through as the loose graph", () => {
    const draft = { nodes: [step(0), step(1)], edges: [connection(0)] };
    expect(ZDraftFlowGraphSchema.parse(draft)).toEqual({ nodes: draft.nodes, edges: [{ id: "e0", source: "n0", target: "n1" }] });
  });
});
