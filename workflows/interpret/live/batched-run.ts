import { continueAsNew, patched, proxyLocalActivities, workflowInfo } from "@temporalio/workflow";
import type { FlowActivities } from "./activity-contract";
import type { TicketFlowInput, TicketFlowResult } from "./definitions";
import { LiveStepper } from "./live-stepper";
import { failureMessage, persistence, type Persistence } from "./persistence";
import { runIo } from "./run-io";
import { DEFAULT_RUN_TUNING } from "./run-tuning";

/**
 * The live driver: feeds events to the interpreter through a LiveStepper and carries out what it asks for. Its two
 * activities are local activities (Temporal's advice for short calls): they run inside the workflow task and
 * leave one marker each in the history, where a regular activity costs a round trip through the server and six
 * events. A local activity is run again if the worker dies before the task is recorded; both are safe to repeat
 * (the AI answers are kept under the asking call, effects under their idempotency keys, trace lines under their
 * sequence numbers).
 *
 * Each attempt is one activity execution: the run schedules its own retries (see persistence.ts), so a failure of
 * the infrastructure is waited out for as long as it lasts and only a permanent one reaches the flow.
 */
const activities = proxyLocalActivities<Pick<FlowActivities, "perceive" | "applyStepBatch">>({
  startToCloseTimeout: "1 minute",
  retry: { maximumAttempts: 1 },
});

/**
 * What runs recorded before the run waited failures out still use when they replay and go on: Temporal's retries,
 * eight attempts, after which the failure reaches the flow as it did when they were recorded.
 */
const legacyActivities = proxyLocalActivities<Pick<FlowActivities, "perceive" | "applyStepBatch">>({
  startToCloseTimeout: "1 minute",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "30 seconds", maximumAttempts: 8 },
});

/** The alert is best effort: when it cannot get through (the database is away too), the next attempt tries again. */
const alerts = proxyLocalActivities<Pick<FlowActivities, "raiseAlert">>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", maximumAttempts: 2 },
});

export async function batchedRun(input: TicketFlowInput): Promise<TicketFlowResult> {
  const shadow = input.mode === "shadow";
  const tuning = { ...DEFAULT_RUN_TUNING, ...input.tuning };
  const resumed = input.resume;
  // The query handler reads `running` only when a query comes, after it exists.
  const io = runIo(() => running.state);
  // Runs recorded without this marker replay as they went: failures reach the flow after Temporal's retries, loops
  // are not counted and the history is never continued. Only a marked run continues as new.
  const durable = resumed !== undefined || patched("infrastructure-waited-out");
  const calls = durable ? activities : legacyActivities;
  const running = new LiveStepper(input.plan, shadow, io.now, input.connected === true && !shadow, durable);
  const alert = (reason: string, attempts: number): Promise<boolean> =>
    alerts.raiseAlert({ workflowId: input.runId, ticketId: input.ticket.id, reason, attempts }).then(
      () => true,
      () => false,
    );
  const persist: Persistence = durable
    ? persistence(tuning, { note: (reason) => running.noteRetrying(reason), alert }, io.now, resumed?.alerted ?? false)
    : { alerted: false, call: (attempt) => attempt() };

  if (resumed !== undefined) {
    running.resume(resumed.state);
    io.inbox.push(...resumed.inbox);
    for (const timer of resumed.timers) io.startTimer(timer.timerId, Math.max(0, Date.parse(timer.fireAt) - Date.parse(io.now())));
  } else {
    running.feed(
      input.calendar === undefined
        ? { type: "ticket.created", at: io.now(), runId: input.runId, ticket: input.ticket }
        : { type: "ticket.created", at: io.now(), runId: input.runId, ticket: input.ticket, calendar: input.calendar },
    );
  }
  for (;;) {
    const task = running.next();
    if (task.kind === "read") {
      try {
        const answered = await persist.call(() =>
          calls.perceive({ workflowId: input.runId, memoKey: task.call.callId, ticketId: input.ticket.id, dryRun: shadow, reads: task.reads }),
        );
        running.readDone(task.reads, answered.results);
      } catch (err) {
        running.readFailed(failureMessage(err));
      }
    } else if (task.kind === "flush") {
      try {
        // Asked afresh on each attempt: a "retrying" line written meanwhile goes in with the batch.
        const applied = await persist.call(() => calls.applyStepBatch({ workflowId: input.runId, ...batchOf(running) }), {
          retryEverything: task.batch.effects.length === 0,
        });
        running.flushDone(applied.results);
      } catch (err) {
        if (!running.flushFailed(failureMessage(err))) throw err;
      }
    } else {
      for (const command of task.commands) {
        if (command.type === "startTimer") io.startTimer(command.timerId, command.durationMs);
        else if (command.type === "cancelTimer") io.cancelTimer(command.timerId);
      }
      if (running.state.status === "completed") break;
      if (durable && io.inbox.length === 0 && historyIsLong(tuning.continueAfterEvents)) {
        // Everything is stored and the run rests: a fresh history goes on from here, so a long-lived run never
        // reaches Temporal's history limit.
        await continueAsNew<typeof batchedRun>({
          ...input,
          resume: { state: running.state, timers: io.runningTimers(), inbox: [], alerted: persist.alerted },
        });
      }
      running.feed(await io.nextEvent());
    }
  }
  return { outcome: running.state.outcome, steps: running.state.trace.length };
}

function batchOf(running: LiveStepper) {
  const task = running.next();
  if (task.kind !== "flush") throw new Error(`The run has no batch to store (it is at "${task.kind}")`);
  return task.batch;
}

function historyIsLong(limit: number): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength >= limit;
}
