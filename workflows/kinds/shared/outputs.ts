import type { HandleSpec } from "../../model/handles";

/**
 * A linear node's one output. It is optional: leaving it open ends the run there, like an end node.
 * Branching outputs, by contrast, are required: a condition with nothing on its false side is almost
 * always a mistake.
 */
export const next: HandleSpec = { id: "next", label: "next", required: false };

export function linearOutputs(): HandleSpec[] {
  return [next];
}
