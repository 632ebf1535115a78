import { describe, expect, it } from "vitest";
import { compile } from "../../../workflows/compile";
import { findExample } from "../../../workflows/examples";
import { planOfStoredSide } from "./backtest-plans";

const graph = findExample("sla-escalation")!.graph;
const compiled = compile(graph);
if (!compiled.ok) throw new Error("the example must compile");

describe("planOfStoredSide", () => {
  it("replays the plan the run stored when it started, without compiling again", () => {
    const stored = compiled.plan;
    expect(planOfStoredSide("Candidate", stored, { not: "a graph" })).toBe(stored);
  });

  it("compiles the graph when the run stored no plan", () => {
    expect(planOfStoredSide("Candidate", null, graph)).toEqual(compiled.plan);
  });

  it("compiles the graph when the stored plan is of another plan version", () => {
    const older = { ...compiled.plan, planVersion: 0 };
    const replayed = planOfStoredSide("Candidate", older, graph);
    expect(replayed).not.toBe(older);
    expect(replayed).toEqual(compiled.plan);
  });

  it("names the side when a graph without a stored plan no longer compiles", () => {
    expect(() => planOfStoredSide("Baseline", null, { nodes: [], edges: [] })).toThrow(/^Baseline no longer compiles: /);
  });
});
