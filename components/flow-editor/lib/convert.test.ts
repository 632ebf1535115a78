import { describe, expect, it } from "vitest";
import { compile } from "@/workflows/compile";
import { EXAMPLES } from "@/workflows/examples";
import { nextNodeId, toEditorGraph, toSavedGraph } from "./convert";

describe("graph <-> canvas conversion", () => {
  it("round-trips every example graph so it still compiles to the same plan", () => {
    for (const example of EXAMPLES) {
      const loaded = toEditorGraph(example.graph);
      expect(loaded.skipped).toEqual([]);
      const saved = toSavedGraph(loaded, example.graph.settings);
      expect(compile(saved)).toEqual(compile(example.graph));
    }
  });

  it("reports nodes of unknown kinds and keeps edges that touch them, for the compiler to report", () => {
    const loaded = toEditorGraph({
      nodes: [
        { id: "a", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
        { id: "b", type: "teleport", data: {} },
      ],
      edges: [{ id: "e", source: "a", target: "b" }],
    });
    expect(loaded.skipped).toEqual(["b"]);
    expect(loaded.edges.map((e) => e.id)).toEqual(["e"]);
  });

  it("leaves editor-only state behind and rounds positions", () => {
    const saved = toSavedGraph({
      nodes: [{ id: "a", type: "end", position: { x: 1.4, y: 2.6 }, data: {}, selected: true, measured: { width: 1, height: 1 } }],
      edges: [{ id: "e", source: "a", target: "a", sourceHandle: null, selected: true, animated: true }],
    });
    expect(saved).toEqual({ nodes: [{ id: "a", type: "end", position: { x: 1, y: 3 }, data: {} }], edges: [{ id: "e", source: "a", target: "a" }] });
  });

  it("numbers new node ids per kind, skipping taken ones", () => {
    expect(nextNodeId("route", new Set(["route-1", "route-2"]))).toBe("route-3");
  });
});
