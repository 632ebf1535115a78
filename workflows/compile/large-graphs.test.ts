import { describe, expect, it } from "vitest";
import { checkCycles } from "./check-cycles";
import { checkEdges } from "./check-edges";
import { checkReachability } from "./check-reachability";
import { compile } from "./index";
import type { CompileEdge, CompileGraph, CompileNode, ParsedConfig } from "./context";
import { nodeName } from "./describe-node";
import { outputHandles } from "../model/handles";
import type { TNodeKind } from "../model/nodes";
import { errorsOf, type EdgeSpec, type NodeSpec, n } from "./test-graphs";

/**
 * The graph walks on graphs far over the size limits, called directly (compile() refuses such graphs before
 * walking them): they must finish and answer correctly, with no recursion a long chain could overflow and no
 * work per connection that grows with the connections already seen. A per-test timeout is the only clock.
 */
type Graph = { nodes: Array<{ id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }>; edges: EdgeSpec[] };

function graphOf(nodes: Array<[string, NodeSpec]>, edges: Array<[string, string, string?]>): Graph {
  return {
    nodes: nodes.map(([id, spec]) => ({ id, type: spec.type, position: { x: 0, y: 0 }, data: spec.data })),
    edges: edges.map(([source, target, sourceHandle], i) => ({ id: `e${i}`, source, target, ...(sourceHandle === undefined ? {} : { sourceHandle }) })),
  };
}

/**
 * The compiler's view of the graph, built straight from it: each step's config is one of the test kinds'
 * valid samples, so the schema parse (linear too, but slow for 100,000 steps) is left out of the walk.
 */
function compileGraphOf(input: Graph): CompileGraph {
  const nodes: CompileNode[] = input.nodes.map((node, index) => {
    const kind = node.type as TNodeKind;
    const parsed = { kind, data: node.data } as ParsedConfig;
    return { index, id: node.id, type: node.type, kind, rawData: node.data, parsed, name: nodeName(node.id, kind, node.data), handles: outputHandles(kind, node.data as never) };
  });
  const edges: CompileEdge[] = input.edges.map((e, index) => ({ index, id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? undefined }));
  return { nodes, byId: new Map(nodes.map((n) => [n.id, n])), edges, businessHours: undefined };
}

function walk(input: Graph) {
  const graph = compileGraphOf(input);
  const { linked } = checkEdges(graph);
  return { reachability: checkReachability(graph, linked), cycles: checkCycles(graph, linked) };
}

const TIMEOUT = 60_000;

describe("graph walks stay linear", () => {
  it(
    "40,000 connections from one step",
    () => {
      // [t: trigger] ──▶ [hub: tag] ──▶ [end0]
      //                             ──▶ [end1]
      //                             ──▶ …            (40,000 connections leave hub, one to each End)
      //                             ──▶ [end39999]
      const size = 40_000;
      const nodes: Array<[string, NodeSpec]> = [["t", n.trigger()], ["hub", n.tag("x")]];
      const edges: Array<[string, string, string?]> = [["t", "hub"]];
      for (let i = 0; i < size; i++) {
        nodes.push([`end${i}`, n.end()]);
        edges.push(["hub", `end${i}`]);
      }
      const { reachability, cycles } = walk(graphOf(nodes, edges));
      expect(reachability).toEqual([]);
      expect(cycles).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "40,000 connections from one step, each coming back: one loop, named briefly",
    () => {
      // [t: trigger] ──▶ [hub: tag] ──▶ [tag0] ──┐
      //                    ▲  │      ──▶ [tag1] ──┤
      //                    │  └───── ──▶ …      ──┤   (40,000 ways out of hub, each straight back)
      //                    └──────────────────────┘
      const size = 40_000;
      const nodes: Array<[string, NodeSpec]> = [["t", n.trigger()], ["hub", n.tag("x")]];
      const edges: Array<[string, string, string?]> = [["t", "hub"]];
      for (let i = 0; i < size; i++) {
        nodes.push([`tag${i}`, n.tag("y")]);
        edges.push(["hub", `tag${i}`], [`tag${i}`, "hub"]);
      }
      const { reachability, cycles } = walk(graphOf(nodes, edges));
      expect(reachability).toEqual([]);
      expect(cycles.map((e) => [e.code, e.nodeId, e.edgeId])).toEqual([["cycle-without-wait", "hub", "e2"]]);
      expect(cycles[0]!.message).toBe(
        'Tag node "hub": the steps Tag node "hub" → Tag node "tag0" → Tag node "hub" form a loop with no Wait for, so a ticket could go round forever (an SLA timer lets it straight through once its target is met or missed); add a Wait for inside the loop or break it',
      );
    },
    TIMEOUT,
  );

  it(
    "a chain of 100,000 steps",
    () => {
      // [t: trigger] ──▶ [s1: tag] ──▶ [s2: tag] ──▶ … ──▶ [s99999: tag]
      const size = 100_000;
      const nodes: Array<[string, NodeSpec]> = [["t", n.trigger()]];
      const edges: Array<[string, string, string?]> = [];
      for (let i = 1; i < size; i++) {
        nodes.push([`s${i}`, n.tag("x")]);
        edges.push([i === 1 ? "t" : `s${i - 1}`, `s${i}`]);
      }
      const { reachability, cycles } = walk(graphOf(nodes, edges));
      expect(reachability).toEqual([]);
      expect(cycles).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "a chain of 100,000 steps closed into one loop, and an island nothing leads to",
    () => {
      // [t: trigger] ──▶ [s1: tag] ──▶ [s2: tag] ──▶ … ──▶ [s99999: tag]
      //                    ▲                                   │
      //                    └───────────────────────────────────┘
      // [island: end]                                              (unreachable)
      const size = 100_000;
      const nodes: Array<[string, NodeSpec]> = [["t", n.trigger()]];
      const edges: Array<[string, string, string?]> = [];
      for (let i = 1; i < size; i++) {
        nodes.push([`s${i}`, n.tag("x")]);
        edges.push([i === 1 ? "t" : `s${i - 1}`, `s${i}`]);
      }
      edges.push([`s${size - 1}`, "s1"]);
      nodes.push(["island", n.end()]);
      const { reachability, cycles } = walk(graphOf(nodes, edges));
      expect(reachability.map((e) => [e.code, e.nodeId])).toEqual([["unreachable-node", "island"]]);
      expect(cycles.map((e) => [e.code, e.nodeId, e.edgeId])).toEqual([["cycle-without-wait", "s1", `e${size - 1}`]]);
      // The message names the first and last steps of the loop and counts the rest, instead of all 99,999.
      expect(cycles[0]!.message).toContain('Tag node "s1" → Tag node "s2" → Tag node "s3" → Tag node "s4" → Tag node "s5" → Tag node "s6" → … 99,992 more steps … → Tag node "s99999" → Tag node "s1" form a loop');
    },
    TIMEOUT,
  );

  it(
    "compile() refuses the same graphs at once, naming the limit and the size",
    () => {
      // [t: trigger] ──▶ [hub: tag] ══ 40,000 connections ══▶ [end]
      const nodes: Array<[string, NodeSpec]> = [["t", n.trigger()], ["hub", n.tag("x")], ["end", n.end()]];
      const edges: Array<[string, string, string?]> = [["t", "hub"]];
      for (let i = 0; i < 40_000; i++) edges.push(["hub", "end"]);
      const result = compile(graphOf(nodes, edges));
      expect(errorsOf(result)).toEqual([{ code: "too-large", field: "edges" }]);
      expect(result.ok ? "" : result.errors[0]!.message).toBe("This flow has 40,001 connections; a flow can have at most 4,000, so split it into smaller flows");
    },
    TIMEOUT,
  );
});
