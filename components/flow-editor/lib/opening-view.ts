import { NODE_WIDTH, UNMEASURED_HEIGHT } from "./placement";
import type { EditorGraph } from "./types";

/** Below this zoom node text is too small to read, so a flow never opens further out than this. */
export const OPENING_MIN_ZOOM = 0.6;
const MAX_ZOOM = 1;
const PADDING = 0.1;
/** Room left of the entry node when the flow is too big to show whole. */
const LEFT_MARGIN = 48;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The view a flow opens with. A flow that fits at a readable zoom is shown whole and centred; a bigger one
 * opens at the smallest readable zoom with its entry node (the trigger) at the left, vertically centred,
 * since flows read left to right from it.
 */
export function openingViewport(nodes: EditorGraph["nodes"], canvas: { width: number; height: number }): Viewport {
  if (nodes.length === 0 || canvas.width <= 0 || canvas.height <= 0) return { x: 0, y: 0, zoom: MAX_ZOOM };
  const boxes = nodes.map((n) => ({ n, w: n.measured?.width ?? NODE_WIDTH, h: n.measured?.height ?? UNMEASURED_HEIGHT }));
  const left = Math.min(...boxes.map((b) => b.n.position.x));
  const top = Math.min(...boxes.map((b) => b.n.position.y));
  const right = Math.max(...boxes.map((b) => b.n.position.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.n.position.y + b.h));
  const fit = Math.min(canvas.width / ((right - left) * (1 + 2 * PADDING)), canvas.height / ((bottom - top) * (1 + 2 * PADDING)), MAX_ZOOM);
  if (fit >= OPENING_MIN_ZOOM) {
    return { x: canvas.width / 2 - ((left + right) / 2) * fit, y: canvas.height / 2 - ((top + bottom) / 2) * fit, zoom: fit };
  }
  const zoom = OPENING_MIN_ZOOM;
  const entry = boxes.find((b) => b.n.type === "trigger") ?? boxes.reduce((a, b) => (b.n.position.x < a.n.position.x ? b : a));
  return { x: LEFT_MARGIN - entry.n.position.x * zoom, y: canvas.height / 2 - (entry.n.position.y + entry.h / 2) * zoom, zoom };
}
