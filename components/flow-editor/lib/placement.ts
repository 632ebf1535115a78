import type { EditorGraph } from "./types";

export const NODE_WIDTH = 240;
/** Nodes whose size the canvas has not measured yet are taken to be this tall (a node with a summary line). */
export const UNMEASURED_HEIGHT = 110;
/** Room kept clear around a new node, so its border and handles do not touch a neighbour's. */
const GAP = 16;
const STEP_X = NODE_WIDTH / 2;
const STEP_Y = 48;
const REACH = 12;

type Box = { x: number; y: number; w: number; h: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w + GAP && a.x + a.w + GAP > b.x && a.y < b.y + b.h + GAP && a.y + a.h + GAP > b.y;
}

/** Grid offsets around a point, nearest first (ties broken top-left first, so placement is repeatable). */
const OFFSETS: ReadonlyArray<{ dx: number; dy: number }> = (() => {
  const out: Array<{ dx: number; dy: number }> = [];
  for (let i = -REACH; i <= REACH; i++) for (let j = -REACH; j <= REACH; j++) out.push({ dx: i * STEP_X, dy: j * STEP_Y });
  return out.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy) || a.dy - b.dy || a.dx - b.dx);
})();

/**
 * Where a new node goes when it is wanted at `p` (its top-left corner): `p` itself when that is clear, else
 * the nearest spot on a grid around it where it covers no existing node, so neither a palette click nor a
 * drop ever hides a node under the new one. Falls back to `p` when everything near is taken.
 */
export function freeSpot(nodes: EditorGraph["nodes"], p: { x: number; y: number }, height = UNMEASURED_HEIGHT): { x: number; y: number } {
  const boxes: Box[] = nodes.map((n) => ({ x: n.position.x, y: n.position.y, w: n.measured?.width ?? NODE_WIDTH, h: n.measured?.height ?? UNMEASURED_HEIGHT }));
  for (const { dx, dy } of OFFSETS) {
    const candidate = { x: Math.round(p.x + dx), y: Math.round(p.y + dy), w: NODE_WIDTH, h: height };
    if (!boxes.some((b) => overlaps(candidate, b))) return { x: candidate.x, y: candidate.y };
  }
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
