import { describe, expect, it } from "vitest";
import { copySelection, pasteInto } from "./clipboard";
import type { EditorGraph } from "./types";

const graph: EditorGraph = {
  nodes: [
    { id: "route-1", type: "route", position: { x: 0, y: 0 }, data: { queue: "billing" }, selected: true },
    { id: "end-1", type: "end", position: { x: 300, y: 0 }, data: {}, selected: true },
    { id: "trigger-1", type: "trigger", position: { x: -300, y: 0 }, data: {} },
  ],
  edges: [
    { id: "a", source: "route-1", target: "end-1", sourceHandle: "next" },
    { id: "b", source: "trigger-1", target: "route-1", sourceHandle: "next" },
  ],
};

describe("copy / paste", () => {
  it("copies the selected nodes and only the edges between them", () => {
    const clip = copySelection(graph);
    expect(clip.nodes.map((n) => n.id)).toEqual(["route-1", "end-1"]);
    expect(clip.edges.map((e) => e.id)).toEqual(["a"]);
  });

  it("pastes with fresh ids, rewired edges, an offset and the copies selected", () => {
    const out = pasteInto(graph, copySelection(graph), 40);
    const pasted = out.nodes.slice(3);
    expect(pasted.map((n) => n.id)).toEqual(["route-2", "end-2"]);
    expect(pasted[0]!.position).toEqual({ x: 40, y: 40 });
    expect(out.nodes.slice(0, 3).every((n) => !n.selected)).toBe(true);
    expect(out.edges[2]).toMatchObject({ source: "route-2", target: "end-2", sourceHandle: "next" });
    // A deep copy: editing the paste must not edit the original.
    expect(pasted[0]!.data).not.toBe(graph.nodes[0]!.data);
  });
});
