import type { z } from "zod";
import { NODE_DATA_SCHEMAS, kindDef, type TNodeKind } from "../kinds";

/**
 * The node kinds as the rest of the studio sees them. Each kind is defined in its own module under
 * `workflows/kinds/`; this module names what the graph model, the compiler and the editor share: the
 * schema of each kind's `data` (the studio builds its config panels from it, the compiler validates
 * with it, the interpreter reads the parsed result), the kinds in palette order, and which kinds rest.
 */
export { NODE_DATA_SCHEMAS, type TNodeKind };
export { TRIGGER_EVENTS, type TTriggerEvent } from "../kinds/trigger";

export const NODE_KINDS = Object.keys(NODE_DATA_SCHEMAS) as TNodeKind[];
export type TNodeData<K extends TNodeKind = TNodeKind> = z.infer<(typeof NODE_DATA_SCHEMAS)[K]>;

export function isNodeKind(type: string): type is TNodeKind {
  return Object.prototype.hasOwnProperty.call(NODE_DATA_SCHEMAS, type);
}

/** Kinds a run can rest at (the ones that can be woken); every cycle must pass through one. */
export const RESTING_KINDS: ReadonlySet<TNodeKind> = new Set(NODE_KINDS.filter((kind) => kindDef(kind).wake !== undefined));
