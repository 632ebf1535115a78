import { describe, expect, it } from "vitest";
import { findExample } from "@/workflows/examples";
import { toEditorGraph } from "./convert";
import { NODE_WIDTH, freeSpot } from "./placement";

const node = (id: string, x: number, y: number, height = 100) => ({ id, type: "end" as const, position: { x, y }, data: {}, measured: { width: NODE_WIDTH, height } });

function coversAny(nodes: ReturnType<typeof node>[], p: { x: number; y: number }, height = 110): boolean {
  return nodes.some((n) => p.x < n.position.x + NODE_WIDTH && p.x + NODE_WIDTH > n.position.x && p.y < n.position.y + n.measured.height && p.y + height > n.position.y);
}

describe("placing a new node", () => {
  it("keeps the wanted spot when it is clear", () => {
    expect(freeSpot([node("a", 0, 0)], { x: 500, y: 20 })).toEqual({ x: 500, y: 20 });
  });

  it("moves off a node it would cover, to the nearest clear spot", () => {
    const nodes = [node("a", 0, 0)];
    const spot = freeSpot(nodes, { x: 20, y: 20 });
    expect(coversAny(nodes, spot)).toBe(false);
    expect(Math.hypot(spot.x - 20, spot.y - 20)).toBeLessThan(300);
  });

  it("finds room in a crowded flow: every spot in the middle of tiered support is clear of all 29 nodes", () => {
    const graph = toEditorGraph(findExample("tiered-support")!.graph);
    const nodes = graph.nodes.map((n) => node(n.id, n.position.x, n.position.y, 120));
    for (const n of nodes.slice(0, 10)) {
      const spot = freeSpot(nodes, { x: n.position.x + 10, y: n.position.y + 10 });
      expect(coversAny(nodes, spot)).toBe(false);
    }
  });

  it("treats a node the canvas has not measured yet as a full-size node", () => {
    const unmeasured = [{ id: "a", type: "end" as const, position: { x: 0, y: 0 }, data: {} }];
    const spot = freeSpot(unmeasured, { x: 0, y: 60 });
    expect(spot.y >= 110 || spot.y + 110 <= 0 || Math.abs(spot.x) >= NODE_WIDTH).toBe(true);
  });
});
