import { kindDef } from "../kinds";
import type { TNodeData, TNodeKind } from "./nodes";

/**
 * Output handles of a node. Branching outputs are required: a condition with nothing on its false
 * side is almost always a mistake. A linear node's "next" is optional: leaving it open ends the run
 * there, like an end node. Each kind lists its own (see `workflows/kinds/`).
 */
export interface HandleSpec {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
}

export function outputHandles<K extends TNodeKind>(type: K, data: TNodeData<K> | undefined): HandleSpec[] {
  return kindDef(type).outputs(data);
}
