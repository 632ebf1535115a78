import type { ActivityInputs, ActivityName, ActivityResult, EffectName, ReadOnlyName } from "../activities";
import type { RunState, TraceEntry } from "../types";

/**
 * What the ticketFlow workflow may call. It sits beside the workflow so the flow language names its own needs;
 * the worker's createActivities implements it.
 *
 * A run calls two activities: `perceive` answers the AI reads (every read of the plan on the ticket's text at
 * once, or one draft), and `applyStepBatch` carries out the effects decided since the last batch together with
 * the trace lines that explain them, in one transaction. The per-step activities remain for runs whose history
 * was recorded before batching and that replay on this worker.
 */
export type FlowActivities = {
  [N in ActivityName]: (input: ActivityInputs[N]) => Promise<ActivityResult<N>>;
} & {
  recordTrace(input: RecordTraceInput): Promise<void>;
  perceive(input: PerceiveInput): Promise<PerceiveResult>;
  applyStepBatch(input: StepBatchInput): Promise<StepBatchResult>;
  raiseAlert(input: RunAlertInput): Promise<void>;
};

/** A run that has been waiting on an infrastructure failure for a while: the people who run the studio are told, once. */
export interface RunAlertInput {
  workflowId: string;
  ticketId: string;
  /** The failure in the classifier's words. */
  reason: string;
  attempts: number;
}

export interface RecordTraceInput {
  workflowId: string;
  entries: TraceEntry[];
  status: RunState["status"];
  outcome: RunState["outcome"];
}

export type ReadRequest = { [N in ReadOnlyName]: { name: N; input: ActivityInputs[N] } }[ReadOnlyName];
export type EffectRequest = { [N in EffectName]: { name: N; input: ActivityInputs[N] } }[EffectName];

export interface PerceiveInput {
  workflowId: string;
  /**
   * The call that asked (its callId, stable on replay). The answers are kept under it, so a local activity run
   * again after a worker died before Temporal recorded it gives the run the answers it first got.
   */
  memoKey: string;
  ticketId: string;
  /** A shadow run: read, but keep nothing on the ticket. */
  dryRun: boolean;
  reads: ReadRequest[];
}

/** One answer per read, in the order asked. */
export interface PerceiveResult {
  results: unknown[];
}

export interface StepBatchInput {
  workflowId: string;
  /** In the order the flow decided them; an effect that reaches outside the database can only be the last. */
  effects: EffectRequest[];
  /** Trace lines not yet stored. */
  trace: TraceEntry[];
  status: RunState["status"];
  outcome: RunState["outcome"];
  /** The run now rests on an event or has finished: its first decisions are in. */
  decided: boolean;
  /** The ticket came through a helpdesk connection: the batch's effect is carried out in the helpdesk too. */
  connected?: true;
}

/** One result per effect, in order. */
export interface StepBatchResult {
  results: unknown[];
}
