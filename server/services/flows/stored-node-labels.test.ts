import { expect, it } from "vitest";
import { storedNodeLabels } from "./stored-node-labels";

it("names nodes from the plan, leaving unlabelled ones out", () => {
  const plan = { nodes: { r1: { label: "To billing" }, r2: { label: "To general" }, t: { label: "" } } };
  expect(storedNodeLabels(plan, { nodes: [{ id: "r1", data: { label: "stale" } }] })).toEqual([
    ["r1", "To billing"],
    ["r2", "To general"],
  ]);
});

it("falls back to the graph's labels when the plan has no nodes", () => {
  const graph = { nodes: [{ id: "r1", data: { label: "To billing" } }, { id: "r2", data: {} }, { data: { label: "no id" } }] };
  expect(storedNodeLabels(null, graph)).toEqual([["r1", "To billing"]]);
  expect(storedNodeLabels({}, graph)).toEqual([["r1", "To billing"]]);
  expect(storedNodeLabels(null, null)).toEqual([]);
});
