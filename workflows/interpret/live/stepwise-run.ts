import { ActivityFailure, patched, proxyActivities } from "@temporalio/workflow";
import { advance, initialState } from "../advance";
import { READ_ONLY_ACTIVITIES, simulatedEffectResult, type ActivityName } from "../activities";
import type { Command, FlowEvent, TraceEntry } from "../types";
import type { FlowActivities } from "./activity-contract";
import type { TicketFlowInput, TicketFlowResult } from "./definitions";
import { runIo } from "./run-io";

/**
 * The driver runs were started with before effects were batched: one activity per step and one more to store
 * each step's trace. Kept, asking for the same activities in the same order, so runs recorded with it (one resting on a
 * long SLA timer) replay and finish on the worker that replaced it. Its retries have no limit: a failure of the
 * infrastructure (a trace write included) is waited out, and only a permanent one, which the activities mark
 * non-retryable, reaches the flow. Temporal does not compare retry policies on replay.
 */
const effects = proxyActivities<FlowActivities>({
  startToCloseTimeout: "1 minute",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "5 minutes" },
});

export async function stepwiseRun(input: TicketFlowInput): Promise<TicketFlowResult> {
  let state = initialState();
  let persisted = 0;
  const io = runIo(() => state);

  const carryOut = (command: Command): void => {
    switch (command.type) {
      case "callActivity":
        void runActivity(command.name, command.input, input.mode ?? "live").then((done) =>
          io.inbox.push(
            done.ok
              ? { type: "activity.completed", at: io.now(), callId: command.callId, ok: true, result: done.result }
              : { type: "activity.completed", at: io.now(), callId: command.callId, ok: false, error: done.error },
          ),
        );
        return;
      case "startTimer":
        return io.startTimer(command.timerId, command.durationMs);
      case "cancelTimer":
        return io.cancelTimer(command.timerId);
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

  // Histories recorded without this marker started at the ticket's creation time and must replay as recorded.
  const startedAt = patched("run-starts-on-workflow-clock") ? io.now() : input.ticket.createdAt;
  await feed(
    input.calendar === undefined
      ? { type: "ticket.created", at: startedAt, runId: input.runId, ticket: input.ticket }
      : { type: "ticket.created", at: startedAt, runId: input.runId, ticket: input.ticket, calendar: input.calendar },
  );
  while (state.status !== "completed") await feed(await io.nextEvent());
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
