import { describe, expect, it } from "vitest";
import { dropDanglingEdges, handlesOf } from "./handles";
import type { EditorEdge, EditorNode } from "./types";

const group = { kind: "group", match: "all", rules: [] };
const sw = (caseIds: string[]): EditorNode => ({
  id: "s",
  type: "switch",
  position: { x: 0, y: 0 },
  data: { cases: caseIds.map((id) => ({ id, label: id.toUpperCase(), rules: group })) },
});
const edges: EditorEdge[] = [
  { id: "1", source: "s", target: "a", sourceHandle: "cards" },
  { id: "2", source: "s", target: "b", sourceHandle: "billing" },
  { id: "3", source: "s", target: "c", sourceHandle: "fallback" },
  { id: "4", source: "x", target: "s", sourceHandle: "next" },
];

describe("handles of nodes being edited", () => {
  it("lists switch cases then the fallback, and survives half-edited cases", () => {
    expect(handlesOf("switch", sw(["cards", "billing"]).data).map((h) => h.label)).toEqual(["CARDS", "BILLING", "fallback"]);
    expect(handlesOf("switch", { cases: "oops" }).map((h) => h.id)).toEqual(["fallback"]);
    expect(handlesOf("switch", { cases: [null, { label: "no id" }] }).map((h) => h.id)).toEqual(["fallback"]);
  });

  it("drops the edge of a removed case and keeps everything else", () => {
    expect(dropDanglingEdges(edges, sw(["cards"])).map((e) => e.id)).toEqual(["1", "3", "4"]);
    expect(dropDanglingEdges(edges, sw(["cards", "billing"]))).toBe(edges);
  });
});
