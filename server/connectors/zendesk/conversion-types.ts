import "server-only";
import type { TFlowGraph } from "../../../workflows/model/graph";
import type { TNodeData, TTriggerEvent } from "../../../workflows/model/nodes";
import type { TRule } from "../../../workflows/model/rules";
import type { TZendeskValue } from "./zendesk-trigger-schema";

/** A Zendesk condition or action the flow cannot express, with the reason in words a support-ops person reads. */
export interface UnsupportedItem {
  kind: "condition" | "action";
  /** For conditions: which Zendesk list the index refers to. */
  group?: "all" | "any";
  /** Position in the Zendesk list (conditions.all, conditions.any or actions), 0-based. */
  index: number;
  field: string;
  operator?: string;
  value: TZendeskValue | undefined;
  reason: string;
}

export interface ConvertOptions {
  /** Zendesk group id → queue name, for `group_id` conditions and actions. */
  groupNames?: Readonly<Record<string, string>>;
  /**
   * How this caller lets a person give an unmapped group its queue, in words for the unsupported item's reason
   * (e.g. "choose its queue in the … table, then convert again").
   */
  groupHint?: (groupId: string) => string;
}

/** A wait an automation's time condition becomes; the flow continues on its "breached" / "timeout" side. */
export type WaitStep =
  | { type: "sla-timer"; data: TNodeData<"sla-timer">; from: string }
  | { type: "wait-for"; data: TNodeData<"wait-for">; from: string };

/** What one Zendesk condition turns into. */
export type ConditionOutcome =
  | { kind: "rule"; rule: TRule }
  | { kind: "event"; on: TTriggerEvent }
  | { kind: "wait"; wait: WaitStep }
  | { kind: "unsupported"; reason: string };

/** One node of the action chain, with the Zendesk action indexes it came from (for labels and tests). */
export type ActionStep =
  | { type: "set-fields"; data: TNodeData<"set-fields">; from: number[] }
  | { type: "tag"; data: TNodeData<"tag">; from: number[] }
  | { type: "route"; data: TNodeData<"route">; from: number[] }
  | { type: "notify"; data: TNodeData<"notify">; from: number[] }
  | { type: "resolve"; data: TNodeData<"resolve">; from: number[] }
  | { type: "csat-survey"; data: TNodeData<"csat-survey">; from: number[] };

export interface ZendeskConversion {
  title: string;
  source: "trigger" | "automation";
  active: boolean;
  graph: TFlowGraph;
  unsupported: UnsupportedItem[];
  notes: string[];
  /** Queues the graph routes to, so the caller can check them against the workspace. */
  queues: string[];
}
