import { describe, expect, it } from "vitest";
import { diffGraphs, type DiffableGraph } from "@/workflows/diff";
import { diffCanvasElements } from "./diff-canvas-elements";

const before: DiffableGraph = {
  nodes: [
    { id: "start", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
    { id: "sla", type: "sla-timer", position: { x: 300, y: 0 }, data: { within: "1h" } },
    { id: "notify", type: "notify", position: { x: 600, y: 0 }, data: { channel: "slack" } },
    { id: "done", type: "end", position: { x: 900, y: 0 }, data: {} },
  ],
  edges: [
    { id: "e1", source: "start", target: "sla" },
    { id: "e2", source: "sla", sourceHandle: "breached", target: "notify" },
    { id: "e3", source: "notify", target: "done" },
  ],
};

const after: DiffableGraph = {
  nodes: [
    { id: "start", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
    { id: "sla", type: "sla-timer", position: { x: 300, y: 0 }, data: { within: "30m" } },
    { id: "tag", type: "tag", position: { x: 600, y: 200 }, data: { add: ["late"] } },
    { id: "done", type: "end", position: { x: 950, y: 40 }, data: {} },
  ],
  edges: [
    { id: "e1", source: "start", sourceHandle: "next", target: "sla" },
    { id: "e2", source: "sla", sourceHandle: "breached", target: "tag" },
    { id: "e3", source: "tag", target: "done" },
  ],
};

describe("diffCanvasElements", () => {
  const { nodes, edges } = diffCanvasElements(before, after, diffGraphs(before, after));
  const status = (id: string) => nodes.find((n) => n.id === id)?.data.diffStatus;

  it("gives each node of both graphs one status, drawing removed nodes at their old position", () => {
    expect(nodes.map((n) => [n.id, n.data.diffStatus])).toEqual([
      ["start", "unchanged"],
      ["sla", "changed"],
      ["tag", "added"],
      ["done", "moved"],
      ["notify", "removed"],
    ]);
    expect(nodes.find((n) => n.id === "notify")!.position).toEqual({ x: 600, y: 0 });
    expect(nodes.find((n) => n.id === "done")!.position).toEqual({ x: 950, y: 40 });
  });

  it("keeps each node's kind and config and counts a changed node's fields", () => {
    const sla = nodes.find((n) => n.id === "sla")!;
    expect(sla.data).toMatchObject({ kind: "sla-timer", config: { within: "30m" }, changeCount: 1 });
    expect(nodes.every((n) => n.type === "diff" && n.draggable === false && n.connectable === false)).toBe(true);
  });

  it("a changed node that also moved is shown as changed", () => {
    const moved = { ...after, nodes: after.nodes.map((n) => (n.id === "sla" ? { ...n, position: { x: 1, y: 1 } } : n)) };
    const result = diffCanvasElements(before, moved, diffGraphs(before, moved));
    expect(result.nodes.find((n) => n.id === "sla")!.data.diffStatus).toBe("changed");
    expect(status("start")).toBe("unchanged");
  });

  it("marks edges added and removed by what they connect, treating a missing handle as next", () => {
    expect(edges.map((e) => [e.id, e.data?.diffStatus])).toEqual([
      ["e1", "unchanged"],
      ["e2", "added"],
      ["e3", "added"],
      ["removed:e2", "removed"],
      ["removed:e3", "removed"],
    ]);
    const removed = edges.find((e) => e.id === "removed:e2")!;
    expect(removed).toMatchObject({ source: "sla", target: "notify", sourceHandle: "breached" });
    expect(removed.style?.strokeDasharray).toBeDefined();
  });

  it("draws nothing as changed when both graphs are the same", () => {
    const same = diffCanvasElements(before, before, diffGraphs(before, before));
    expect(new Set(same.nodes.map((n) => n.data.diffStatus))).toEqual(new Set(["unchanged"]));
    expect(new Set(same.edges.map((e) => e.data?.diffStatus))).toEqual(new Set(["unchanged"]));
  });
});
