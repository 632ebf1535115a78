import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompileError, CompileErrorCode } from "../model/plan";
import { anyGraph, compilableGraph } from "./graph-arbitraries";
import { compile } from "./index";

/** Errors about the graph as a whole may name no step and no connection; every other error names one. */
const GRAPH_LEVEL: ReadonlySet<CompileErrorCode> = new Set(["no-trigger", "too-large", "invalid-graph", "invalid-config"]);

function namesWhatExists(error: CompileError, input: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> }): boolean {
  if (error.nodeId !== undefined && !input.nodes.some((n) => n.id === error.nodeId)) return false;
  if (error.edgeId !== undefined && !input.edges.some((e) => e.id === error.edgeId)) return false;
  if (error.nodeId === undefined && error.edgeId === undefined) return GRAPH_LEVEL.has(error.code) && (error.code !== "invalid-config" || error.field?.startsWith("settings") === true);
  return true;
}

const RUNS = { numRuns: 200 };

describe("compile on random graphs", () => {
  it("never throws, and every error names a step or connection of the input (or the graph as a whole)", () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        const result = compile(graph);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.message.length).toBeGreaterThan(0);
          expect(namesWhatExists(error, graph), JSON.stringify(error)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never throws on any value at all", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = compile(value);
        expect(typeof result.ok).toBe("boolean");
      }),
      RUNS,
    );
  });

  it("answers the same for the same graph", () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        expect(compile(structuredClone(graph))).toEqual(compile(graph));
      }),
      RUNS,
    );
  });

  it("compiles the graphs built to compile, into plans whose every connection leads to a step of the plan", () => {
    fc.assert(
      fc.property(compilableGraph, (graph) => {
        const result = compile(graph);
        if (!result.ok) throw new Error(`expected a plan: ${JSON.stringify(result.errors)}`);
        const plan = result.plan;
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
        for (const target of Object.values(plan.entry)) expect(plan.nodes[target!]).toBeDefined();
        for (const node of Object.values(plan.nodes)) {
          for (const target of Object.values(node.next)) expect(Object.hasOwn(plan.nodes, target)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
