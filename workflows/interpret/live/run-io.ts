import { CancellationScope, condition, isCancellation, setHandler, sleep } from "@temporalio/workflow";
import type { FlowEvent, RunState } from "../types";
import { agentRepliedSignal, customerRepliedSignal, runStateQuery, ticketUpdatedSignal } from "./definitions";

/**
 * What both live drivers share: the inbox the signals and timers feed, and the durable timers. Signals that
 * arrive while the run is busy wait in the inbox and are fed in the order they came.
 */
export function runIo(currentState: () => RunState) {
  const inbox: FlowEvent[] = [];
  const timers = new Map<string, { scope: CancellationScope; fireAt: string }>();
  const now = () => new Date().toISOString();

  setHandler(customerRepliedSignal, ({ body, at }) => void inbox.push({ type: "customer.replied", at: at ?? now(), body }));
  setHandler(agentRepliedSignal, ({ body, author, at }) =>
    void inbox.push({ type: "agent.replied", at: at ?? now(), ...(body !== undefined ? { body } : {}), ...(author !== undefined ? { author } : {}) }),
  );
  setHandler(ticketUpdatedSignal, ({ changes, at }) => void inbox.push({ type: "ticket.updated", at: at ?? now(), changes }));
  setHandler(runStateQuery, currentState);

  return {
    inbox,
    now,
    startTimer(timerId: string, durationMs: number): void {
      const scope = new CancellationScope();
      timers.set(timerId, { scope, fireAt: new Date(Date.parse(now()) + durationMs).toISOString() });
      scope
        .run(() => sleep(durationMs))
        .then(
          () => inbox.push({ type: "timer.fired", at: now(), timerId }),
          (err: unknown) => {
            if (!isCancellation(err)) throw err;
          },
        )
        .finally(() => timers.delete(timerId));
    },
    cancelTimer(timerId: string): void {
      timers.get(timerId)?.scope.cancel();
    },
    /** The timers still running, with when each fires: what a run that continues as new starts again. */
    runningTimers(): Array<{ timerId: string; fireAt: string }> {
      return [...timers].filter(([, t]) => !t.scope.consideredCancelled).map(([timerId, t]) => ({ timerId, fireAt: t.fireAt }));
    },
    async nextEvent(): Promise<FlowEvent> {
      await condition(() => inbox.length > 0);
      return inbox.shift()!;
    },
  };
}

export type RunIo = ReturnType<typeof runIo>;
