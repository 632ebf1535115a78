import { describe, expect, it } from "vitest";
import { outlineGraph } from "./graph-outline";

const graph = {
  nodes: [
    { id: "done", type: "end", data: { label: "Done" } },
    { id: "t", type: "trigger", data: { on: "ticket.created" } },
    { id: "c", type: "condition", data: { label: "Enterprise?", rules: { op: "all", rules: [] } } },
    { id: "r", type: "route", data: { queue: "billing" } },
    { id: "orphan", type: "mystery", data: {} },
  ],
  edges: [
    { id: "e1", source: "t", target: "c" },
    { id: "e2", source: "c", target: "r", sourceHandle: "true" },
    { id: "e3", source: "r", target: "done", sourceHandle: "next" },
    { id: "e4", source: "orphan", target: "done", sourceHandle: "weird" },
  ],
};

describe("outlineGraph", () => {
  const outline = outlineGraph(graph);

  it("lists nodes in run order from the trigger, unreachable ones last", () => {
    expect(outline.map((n) => n.id)).toEqual(["t", "c", "r", "done", "orphan"]);
  });

  it("uses the node's label, or its kind when it has none", () => {
    expect(outline.find((n) => n.id === "c")?.label).toBe("Enterprise?");
    expect(outline.find((n) => n.id === "t")?.label).toBe("trigger");
  });

  it("shows where each output goes and which outputs are open", () => {
    const condition = outline.find((n) => n.id === "c")!;
    expect(condition.outputs.map((o) => [o.handle, o.target?.label ?? null])).toEqual([
      ["true", "route"],
      ["false", null],
    ]);
    const trigger = outline.find((n) => n.id === "t")!;
    expect(trigger.outputs).toEqual([
      { handle: "next", label: "start", target: { id: "c", label: "Enterprise?" }, unknownHandle: false },
    ]);
  });

  it("keeps edges of unknown node kinds", () => {
    const orphan = outline.find((n) => n.id === "orphan")!;
    expect(orphan.knownKind).toBe(false);
    expect(orphan.outputs).toEqual([{ handle: "weird", label: "weird", target: { id: "done", label: "Done" }, unknownHandle: false }]);
  });
});
