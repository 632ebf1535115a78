import {
  ActivityFailure,
  CancellationScope,
  condition,
  defineQuery,
  defineSignal,
  isCancellation,
  patched,
  proxyActivities,
  setHandler,
  sleep,
} from "@temporalio/workflow";
import type { TWorkspaceCalendar } from "../../model/calendar";
import type { FlowPlan } from "../../model/plan";
import type { TTicketSnapshot } from "../../model/ticket";
import { advance, initialState } from "../advance";
import { READ_ONLY_ACTIVITIES, simulatedEffectResult, type ActivityName } from "../activities";
import type { Command, FlowEvent, RunState, TraceEntry } from "../types";
import type { FlowActivities } from "./activity-contract";
import { RUN_STATE_QUERY, SIGNALS, type AgentRepliedPayload, type CustomerRepliedPayload, type TicketUpdatedPayload } from "./signals";

/**
 * The live driver of the interpreter. It owns no flow logic: it turns signals into events, feeds them to
 * `advance`, and carries out the commands with Temporal activities and durable timers. The plan is
 * workflow input, so a ticket finishes on the version it started with, whatever is published meanwhile.
 *
 * Time: event times come from the signal's sender when given, otherwise from Temporal's workflow clock,
 * which is recorded in history and so replays identically; the interpreter itself never reads a clock.
 */
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
}

export interface TicketFlowResult {
  outcome: RunState["outcome"];
  steps: number;
}

export const customerRepliedSignal = defineSignal<[CustomerRepliedPayload]>(SIGNALS.customerReplied);
export const agentRepliedSignal = defineSignal<[AgentRepliedPayload]>(SIGNALS.agentReplied);
export const ticketUpdatedSignal = defineSignal<[TicketUpdatedPayload]>(SIGNALS.ticketUpdated);
export const runStateQuery = defineQuery<RunState>(RUN_STATE_QUERY);

const effects = proxyActivities<FlowActivities>({
  startToCloseTimeout: "1 minute",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "30 seconds", maximumAttempts: 8 },
});

export async function ticketFlow(input: TicketFlowInput): Promise<TicketFlowResult> {
  let state = initialState();
  let persisted = 0;
  const inbox: FlowEvent[] = [];
  const timers = new Map<string, CancellationScope>();
  const now = () => new Date().toISOString();

  setHandler(customerRepliedSignal, ({ body, at }) => void inbox.push({ type: "customer.replied", at: at ?? now(), body }));
  setHandler(agentRepliedSignal, ({ body, author, at }) =>
    void inbox.push({ type: "agent.replied", at: at ?? now(), ...(body !== undefined ? { body } : {}), ...(author !== undefined ? { author } : {}) }),
  );
  setHandler(ticketUpdatedSignal, ({ changes, at }) => void inbox.push({ type: "ticket.updated", at: at ?? now(), changes }));
  setHandler(runStateQuery, () => state);

  const carryOut = (command: Command): void => {
    switch (command.type) {
      case "callActivity":
        void runActivity(command.name, command.input, input.mode ?? "live").then((done) =>
          inbox.push(done.ok ? { type: "activity.completed", at: now(), callId: command.callId, ok: true, result: done.result } : { type: "activity.completed", at: now(), callId: command.callId, ok: false, error: done.error }),
        );
        return;
      case "startTimer": {
        const scope = new CancellationScope();
        timers.set(command.timerId, scope);
        scope
          .run(() => sleep(command.durationMs))
          .then(
            () => inbox.push({ type: "timer.fired", at: now(), timerId: command.timerId }),
            (err: unknown) => {
              if (!isCancellation(err)) throw err;
            },
          )
          .finally(() => timers.delete(command.timerId));
        return;
      }
      case "cancelTimer":
        timers.get(command.timerId)?.cancel();
        return;
      case "complete":
        return;
    }
  };

  const feed = async (event: FlowEvent): Promise<void> => {
    const result = advance(input.plan, state, event);
    state = result.state;
    if (state.trace.length > persisted || state.status === "completed") {
      const fresh: TraceEntry[] = state.trace.slice(persisted);
      await effects.recordTrace({ workflowId: input.runId, entries: fresh, status: state.status, outcome: state.outcome });
      persisted = state.trace.length;
    }
    for (const command of result.commands) carryOut(command);
  };

  // The run starts now, on the workflow's clock, not at the ticket's creation: a timer is a span from the current
  // time, so a run started after its ticket was created (an import, a late webhook) must see how much is left.
  // Histories recorded without the marker started at the creation time and must replay the commands they recorded.
  const startedAt = patched("run-starts-on-workflow-clock") ? now() : input.ticket.createdAt;
  await feed(
    input.calendar === undefined
      ? { type: "ticket.created", at: startedAt, runId: input.runId, ticket: input.ticket }
      : { type: "ticket.created", at: startedAt, runId: input.runId, ticket: input.ticket, calendar: input.calendar },
  );
  while (state.status !== "completed") {
    await condition(() => inbox.length > 0);
    await feed(inbox.shift()!);
  }
  return { outcome: state.outcome, steps: state.trace.length };
}

async function runActivity(name: ActivityName, input: unknown, mode: "live" | "shadow"): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
  if (mode === "shadow" && !READ_ONLY_ACTIVITIES.has(name)) return { ok: true, result: simulatedEffectResult(name, input as never) };
  try {
    const fn = effects[name] as (arg: unknown) => Promise<unknown>;
    return { ok: true, result: await fn(mode === "shadow" ? { ...(input as object), dryRun: true } : input) };
  } catch (err) {
    if (err instanceof ActivityFailure) return { ok: false, error: err.cause?.message ?? err.message };
    throw err;
  }
}
