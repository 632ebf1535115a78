import type { ActivityInputs, ActivityName, ActivityResult } from "../../workflows/interpret/activities";
import type { RunState, TraceEntry } from "../../workflows/interpret/types";

/** What the ticketFlow workflow may call: every flow activity, plus persisting the step trace. */
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
