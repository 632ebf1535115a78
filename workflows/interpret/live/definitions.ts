import { defineQuery, defineSignal } from "@temporalio/workflow";
import type { TWorkspaceCalendar } from "../../model/calendar";
import type { FlowPlan } from "../../model/plan";
import type { TTicketSnapshot } from "../../model/ticket";
import type { RunState } from "../types";
import type { ResumedRun, RunTuning } from "./run-tuning";
import { RUN_STATE_QUERY, SIGNALS, type AgentRepliedPayload, type CustomerRepliedPayload, type TicketUpdatedPayload } from "./signals";

// Defined here, not in signals.ts, because ticketFlow's input is part of the workflow's contract.
export interface TicketFlowInput {
  plan: FlowPlan;
  versionId: string;
  /** The workflow id; effects' idempotency keys start with it. */
  runId: string;
  ticket: TTicketSnapshot;
  /**
   * The workspace calendar (open hours, time zone, holidays) as it was when the ticket arrived: read once by the
   * starter, so business-hours SLAs and rules decide the same on every replay of the workflow. Absent: the default week.
   */
  calendar?: TWorkspaceCalendar;
  /**
   * "shadow": runs a shadow-published version beside the live one and records what it would have done.
   * Read-only activities (classify, sentiment, draft) run for real; effects are not carried out.
   */
  mode?: "live" | "shadow";
  /**
   * Set when the ticket came in through a helpdesk connection: every effect is then carried out in the helpdesk as
   * well, so each one reaches outside the database, ends its batch and returns its real outcome before the run goes on.
   */
  connected?: boolean;
  /** Set only by the run itself when it continues as new: the state it goes on from. */
  resume?: ResumedRun;
  /** Tests only: shorter retry waits and an earlier continue-as-new. Live starts never set it. */
  tuning?: Partial<RunTuning>;
}

export interface TicketFlowResult {
  outcome: RunState["outcome"];
  steps: number;
}

export const customerRepliedSignal = defineSignal<[CustomerRepliedPayload]>(SIGNALS.customerReplied);
export const agentRepliedSignal = defineSignal<[AgentRepliedPayload]>(SIGNALS.agentReplied);
export const ticketUpdatedSignal = defineSignal<[TicketUpdatedPayload]>(SIGNALS.ticketUpdated);
export const runStateQuery = defineQuery<RunState>(RUN_STATE_QUERY);
