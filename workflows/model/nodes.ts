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

/** Kinds a run can rest at (the ones that can be woken). Not all of them break a loop: see LOOP_BREAKING_KINDS. */
export const RESTING_KINDS: ReadonlySet<TNodeKind> = new Set(NODE_KINDS.filter((kind) => kindDef(kind).wake !== undefined));

/**
 * Kinds that rest every time a run enters them, so a loop through one cannot spin: a Wait for always waits for
 * its reply or its timeout. An SLA timer rests too, but only until its target is met or missed; after that it
 * lets a ticket straight through on every entry, so a loop through it alone would go round without end.
 */
export const LOOP_BREAKING_KINDS: ReadonlySet<TNodeKind> = new Set<TNodeKind>(["wait-for"]);
