import type { TNodeData, TNodeKind, TTriggerEvent } from "./nodes";
import type { TBusinessHours } from "./graph";

/**
 * The compiled, validated form of a flow that the interpreter runs. It is plain JSON, because it is
 * Temporal workflow input and is stored with each flow version.
 */
export type PlanNodeOf<K extends TNodeKind> = {
  id: string;
  type: K;
  label: string;
  config: TNodeData<K>;
  /** Output handle → target node id; a missing handle means the run ends after this node. */
  next: Record<string, string>;
  /** The kind's duration, parsed once by the compiler (a wait's timeout, an SLA's target). */
  durationMs?: number;
};

export type PlanNode = { [K in TNodeKind]: PlanNodeOf<K> }[TNodeKind];

/**
 * The shape of compiled plans. Plans of version 1 always carried business hours (a default week when the graph set
 * none), which now means "the flow's own hours, replacing the workspace calendar"; stored plans of another version
 * are compiled again from their graph before a run uses them.
 */
export const PLAN_VERSION = 2;

export interface FlowPlan {
  planVersion: typeof PLAN_VERSION;
  /** Which node a run starts at for each trigger event. */
  entry: Partial<Record<TTriggerEvent, string>>;
  nodes: Record<string, PlanNode>;
  /**
   * The flow's own business hours, when its graph sets them: they replace the workspace calendar's week and
   * time zone for this flow. Absent, runs use the workspace calendar they were started with.
   */
  businessHours?: TBusinessHours;
}

export type CompileErrorCode =
  | "invalid-graph"
  | "duplicate-node-id"
  | "duplicate-edge-id"
  | "unknown-node-type"
  | "no-trigger"
  | "duplicate-trigger"
  | "edge-unknown-source"
  | "edge-unknown-target"
  | "edge-unknown-handle"
  | "edge-into-trigger"
  | "duplicate-output"
  | "unconnected-output"
  | "unreachable-node"
  | "cycle-without-wait"
  | "invalid-config"
  | "unknown-queue"
  | "unknown-data-source"
  | "empty-rule-group"
  | "unknown-field"
  | "operator-not-for-field"
  | "bad-regex"
  | "bad-range"
  | "invalid-value"
  | "negative-duration"
  | "bad-duration"
  | "duplicate-case-id"
  /** Over a size limit of `limits.ts`: the graph as a whole (no node) or one step's settings. */
  | "too-large";

export interface CompileError {
  code: CompileErrorCode;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** Dotted path inside the node's data, e.g. "rules.rules.1.pattern". */
  field?: string;
  /** The output handle concerned (unconnected-output, duplicate-output, edge-unknown-handle). */
  handle?: string;
}

export type CompileResult = { ok: true; plan: FlowPlan } | { ok: false; errors: CompileError[] };

export interface CompileOptions {
  /** Queue names that exist in the workspace; when given, routes and escalations to others are rejected. */
  knownQueues?: readonly string[];
  /** Data source names the workspace has; when given, lookups of others are rejected. */
  knownDataSources?: readonly string[];
}
