import { describe, expect, it } from "vitest";
import { findExample } from "@/workflows/examples";
import { toEditorGraph } from "./convert";
import { NODE_WIDTH, layoutPositions } from "./layout";

describe("auto-layout", () => {
  it("lays flows out left to right: every edge points rightwards", () => {
    const graph = toEditorGraph(findExample("intent-routing")!.graph);
    const pos = layoutPositions(graph, () => 2);
    expect(pos.size).toBe(graph.nodes.length);
    for (const e of graph.edges) expect(pos.get(e.target)!.x).toBeGreaterThanOrEqual(pos.get(e.source)!.x + NODE_WIDTH);
  });

  it("stacks siblings without overlap", () => {
    const graph = toEditorGraph(findExample("intent-routing")!.graph);
    const pos = layoutPositions(graph, () => 2);
    const seen = new Set<string>();
    for (const p of pos.values()) {
      const key = `${p.x},${p.y}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});
