import { describe, expect, it } from "vitest";
import { compile } from "../../../workflows/compile";
import { findExample } from "../../../workflows/examples";
import { currentPlanOf } from "./stored-plan";

const graph = findExample("sla-escalation")!.graph;
const compiled = compile(graph);
if (!compiled.ok) throw new Error("the example must compile");

describe("currentPlanOf", () => {
  it("replays the plan the run stored when it started, without compiling again", () => {
    const stored = compiled.plan;
    expect(currentPlanOf("Candidate", stored, { not: "a graph" })).toBe(stored);
  });

  it("compiles the graph when the run stored no plan", () => {
    expect(currentPlanOf("Candidate", null, graph)).toEqual(compiled.plan);
  });

  it("compiles the graph when the stored plan is of another plan version", () => {
    const older = { ...compiled.plan, planVersion: 0 };
    const replayed = currentPlanOf("Candidate", older, graph);
    expect(replayed).not.toBe(older);
    expect(replayed).toEqual(compiled.plan);
  });

  it("drops the default week a version-1 plan carried, so the version reads the workspace calendar like a new one", () => {
    // Version-1 plans stored business hours even when the graph set none; they now mean the flow's own hours.
    const published = { ...compiled.plan, planVersion: 1, businessHours: { utcOffsetMinutes: 0, days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" } };
    const live = currentPlanOf("v1", published, graph);
    expect(live.planVersion).toBe(2);
    expect(live.businessHours).toBeUndefined();
  });

  it("names the side when a graph without a stored plan no longer compiles", () => {
    expect(() => currentPlanOf("Baseline", null, { nodes: [], edges: [] })).toThrow(/^Baseline no longer compiles: /);
  });
});
