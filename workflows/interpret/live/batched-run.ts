import { ActivityFailure, ApplicationFailure, proxyLocalActivities } from "@temporalio/workflow";
import type { FlowActivities } from "./activity-contract";
import type { TicketFlowInput, TicketFlowResult } from "./definitions";
import { LiveStepper } from "./live-stepper";
import { runIo } from "./run-io";

/**
 * The live driver: feeds events to the interpreter through a LiveStepper and carries out what it asks for. Its two
 * activities are local activities (Temporal's advice for short calls): they run inside the workflow task and
 * leave one marker each in the history, where a regular activity costs a round trip through the server and six
 * events. A local activity is run again if the worker dies before the task is recorded; both are safe to repeat
 * (the AI answers are kept under the asking call, effects under their idempotency keys, trace lines under their
 * sequence numbers).
 */
const activities = proxyLocalActivities<Pick<FlowActivities, "perceive" | "applyStepBatch">>({
  startToCloseTimeout: "1 minute",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "30 seconds", maximumAttempts: 8 },
});

export async function batchedRun(input: TicketFlowInput): Promise<TicketFlowResult> {
  const shadow = input.mode === "shadow";
  // The query handler reads `running` only when a query comes, after it exists.
  const io = runIo(() => running.state);
  const running = new LiveStepper(input.plan, shadow, io.now, input.connected === true && !shadow);

  running.feed(
    input.calendar === undefined
      ? { type: "ticket.created", at: io.now(), runId: input.runId, ticket: input.ticket }
      : { type: "ticket.created", at: io.now(), runId: input.runId, ticket: input.ticket, calendar: input.calendar },
  );
  for (;;) {
    const task = running.next();
    if (task.kind === "read") {
      try {
        const answered = await activities.perceive({ workflowId: input.runId, memoKey: task.call.callId, ticketId: input.ticket.id, dryRun: shadow, reads: task.reads });
        running.readDone(task.reads, answered.results);
      } catch (err) {
        running.readFailed(failureMessage(err));
      }
    } else if (task.kind === "flush") {
      try {
        const applied = await activities.applyStepBatch({ workflowId: input.runId, ...task.batch });
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
      running.feed(await io.nextEvent());
    }
  }
  return { outcome: running.state.outcome, steps: running.state.trace.length };
}

/**
 * An activity's final failure becomes the step's error; anything else (a bug in the workflow) fails the task. A
 * local activity's failure can arrive as the activity's own ApplicationFailure, without the ActivityFailure around it.
 */
function failureMessage(err: unknown): string {
  if (err instanceof ActivityFailure) return err.cause?.message ?? err.message;
  if (err instanceof ApplicationFailure) return err.message;
  throw err;
}
