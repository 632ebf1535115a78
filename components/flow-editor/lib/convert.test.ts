import { describe, expect, it } from "vitest";
import { compile } from "@/workflows/compile";
import { EXAMPLES } from "@/workflows/examples";
import { ZLooseFlowGraphSchema } from "@/workflows/model";
import { makeRule, newRule } from "../rule-builder/rule-ops";
import { nextNodeId, toEditorGraph, toSavedGraph } from "./convert";
import { withTypedWords } from "./typed-words";

describe("graph <-> canvas conversion", () => {
  it("round-trips every example graph so it still compiles to the same plan", () => {
    for (const example of EXAMPLES) {
      const loaded = toEditorGraph(example.graph);
      expect(loaded.skipped).toEqual([]);
      const saved = toSavedGraph(loaded, example.graph.settings);
      expect(compile(saved)).toEqual(compile(example.graph));
    }
  });

  it("keeps rules still being written through save and reload, and the compiler pins them to their node", () => {
    // A word typed but not confirmed, a number rule with its number cleared, an empty nested group.
    const typed = { ...newRule(), values: withTypedWords([], "refund") };
    const cleared = { ...makeRule("priority.score", "gt"), value: undefined };
    const rules = { kind: "group", match: "all", rules: [typed, cleared, { kind: "group", match: "any", rules: [] }] };
    const graph = {
      nodes: [
        { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
        { id: "check", type: "condition", position: { x: 300, y: 0 }, data: { label: "", rules } },
      ],
      edges: [{ id: "e1", source: "trigger", target: "check" }],
    };
    // What the autosave sends, as the server stores it and hands it back to the editor.
    const stored = ZLooseFlowGraphSchema.parse(JSON.parse(JSON.stringify(toSavedGraph(toEditorGraph(graph)))));
    const reloaded = toEditorGraph(stored).nodes.find((n) => n.id === "check")!;
    expect(reloaded.data.rules).toEqual({ ...rules, rules: [typed, { kind: "rule", field: "priority.score", op: "gt" }, rules.rules[2]] });
    const result = compile(toSavedGraph(toEditorGraph(stored)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.filter((e) => e.code === "invalid-config").map((e) => [e.nodeId, e.field])).toEqual([["check", "rules.rules.1.value"]]);
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
