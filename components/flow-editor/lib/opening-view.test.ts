import { describe, expect, it } from "vitest";
import { findExample } from "@/workflows/examples";
import { toEditorGraph } from "./convert";
import { OPENING_MIN_ZOOM, openingViewport } from "./opening-view";

/** The canvas left between palette, config panel and problems at 1280×800. */
const CANVAS = { width: 860, height: 650 };

describe("the view a flow opens with", () => {
  it("opens the largest template at a readable zoom with its trigger on screen, at the left", () => {
    const graph = toEditorGraph(findExample("tiered-support")!.graph);
    const view = openingViewport(graph.nodes, CANVAS);
    expect(view.zoom).toBe(OPENING_MIN_ZOOM);
    const trigger = graph.nodes.find((n) => n.type === "trigger")!;
    const screenX = trigger.position.x * view.zoom + view.x;
    const screenY = trigger.position.y * view.zoom + view.y;
    expect(screenX).toBeGreaterThanOrEqual(0);
    expect(screenX).toBeLessThan(CANVAS.width / 4);
    expect(screenY).toBeGreaterThan(0);
    expect(screenY).toBeLessThan(CANVAS.height);
  });

  it("shows a small flow whole, centred, never magnified past 100%", () => {
    const nodes = [
      { id: "t", type: "trigger" as const, position: { x: 0, y: 0 }, data: {} },
      { id: "e", type: "end" as const, position: { x: 300, y: 0 }, data: {} },
    ];
    const view = openingViewport(nodes, CANVAS);
    expect(view.zoom).toBe(1);
    // The middle of the two nodes (x 0..540, y 0..110) lands in the middle of the canvas.
    expect(270 * view.zoom + view.x).toBeCloseTo(CANVAS.width / 2);
    expect(55 * view.zoom + view.y).toBeCloseTo(CANVAS.height / 2);
  });
});
