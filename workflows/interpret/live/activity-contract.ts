import type { ActivityInputs, ActivityName, ActivityResult } from "../activities";
import type { RunState, TraceEntry } from "../types";

/**
 * What the ticketFlow workflow may call: every flow activity, plus persisting the step trace. It sits beside the
 * workflow so the flow language names its own needs; the worker's createActivities implements it.
 */
export type FlowActivities = {
  [N in ActivityName]: (input: ActivityInputs[N]) => Promise<ActivityResult<N>>;
} & {
  recordTrace(input: RecordTraceInput): Promise<void>;
};

export interface RecordTraceInput {
  workflowId: string;
  entries: TraceEntry[];
  status: RunState["status"];
  outcome: RunState["outcome"];
}
