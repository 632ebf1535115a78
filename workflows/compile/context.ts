import type { TFlowEdge } from "../model/graph";
import type { HandleSpec } from "../model/handles";
import type { TBusinessHours } from "../model/graph";
import type { TNodeData, TNodeKind } from "../model/nodes";
import type { CompileError } from "../model/plan";

/**
 * The compiler's working view of a graph, shared by every check. Each check reads it and returns its
 * own errors; none of them throws, so one bad node never hides the problems of the others.
 */

/** A node kind paired with its parsed config. */
export type ParsedConfigOf<K extends TNodeKind> = { kind: K; data: TNodeData<K> };
/** Any kind with its config, so a test of `kind` narrows `data`. */
export type ParsedConfig = { [K in TNodeKind]: ParsedConfigOf<K> }[TNodeKind];

export interface CompileNode {
  /** Position in the saved graph; errors are reported in this order. */
  readonly index: number;
  readonly id: string;
  readonly type: string;
  /** Undefined when the type is not a node kind we know. */
  readonly kind: TNodeKind | undefined;
  readonly rawData: unknown;
  /** Undefined when the kind is unknown or its config failed validation. */
  readonly parsed: ParsedConfig | undefined;
  /** How messages name the node: `Condition "Is enterprise?"`. */
  readonly name: string;
  /** Undefined when the outputs cannot be known (unknown kind, unreadable switch cases). */
  readonly handles: readonly HandleSpec[] | undefined;
}

export interface CompileEdge {
  readonly index: number;
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly sourceHandle: string | undefined;
}

export interface CompileGraph {
  readonly nodes: readonly CompileNode[];
  readonly byId: ReadonlyMap<string, CompileNode>;
  readonly edges: readonly CompileEdge[];
  readonly businessHours: TBusinessHours | undefined;
}

/** An edge whose output handle has been checked, so plans and output checks can trust it. */
export interface WiredEdge extends CompileEdge {
  readonly handle: string;
}

/** Removes undefined keys so errors compare and serialise cleanly. */
export function compileError(error: CompileError): CompileError {
  const out: CompileError = { code: error.code, message: error.message };
  if (error.nodeId !== undefined) out.nodeId = error.nodeId;
  if (error.edgeId !== undefined) out.edgeId = error.edgeId;
  if (error.field !== undefined) out.field = error.field;
  if (error.handle !== undefined) out.handle = error.handle;
  return out;
}

/** Stable sort by node position; errors about the graph as a whole come first. */
export function inNodeOrder(errors: readonly CompileError[], graph: CompileGraph): CompileError[] {
  const rank = (e: CompileError) => (e.nodeId === undefined ? -1 : (graph.byId.get(e.nodeId)?.index ?? -1));
  return errors
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}

export function quote(text: string): string {
  return `"${text}"`;
}

/** "a, b or c" */
export function listOf(items: readonly string[], last = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
