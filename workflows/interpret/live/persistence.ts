import { ActivityFailure, ApplicationFailure, sleep } from "@temporalio/workflow";
import type { RunTuning } from "./run-tuning";

/** What the run does when a call has kept failing on the infrastructure for a while. */
export interface LongFailureHooks {
  /** Writes "retrying" in the run's trace (once per call). */
  note(reason: string): void;
  /** Tells the people who run the studio; true once it got through (a run alerts once). */
  alert(reason: string, attempts: number): Promise<boolean>;
}

/** The longest a run honours a "come back later" from the other side before it tries again anyway. */
const MAX_ASKED_DELAY_MS = 60 * 60_000;

/**
 * Runs a call until it succeeds. A failure of the infrastructure (the activity's failure is retryable: the database,
 * the network, a helpdesk's 5xx or 429) is waited out however long it lasts, with a doubling wait between attempts up
 * to a cap; the run never goes down a failure path for it. Past the tuning's threshold the trace says "retrying" and
 * the run raises its one alert. A permanent failure is thrown as it came, for the flow's own failure handling;
 * `retryEverything` waits those out too (the trace write, which the run cannot do without). `now` is the workflow's
 * clock, recorded in its history.
 *
 * The workflow schedules the retries itself, one activity attempt each, rather than giving Temporal an unlimited
 * retry policy: that is how it sees the attempts to count, trace and alert, and its waits are durable timers, so a
 * long outage costs a few history events per attempt and holds no workflow task open.
 */
export function persistence(tuning: RunTuning, hooks: LongFailureHooks, now: () => string, alreadyAlerted = false) {
  let alerted = alreadyAlerted;
  const nowMs = () => Date.parse(now());
  return {
    get alerted(): boolean {
      return alerted;
    },
    async call<T>(attempt: () => Promise<T>, o: { retryEverything?: boolean } = {}): Promise<T> {
      const since = nowMs();
      let noted = false;
      for (let attempts = 1; ; attempts++) {
        try {
          return await attempt();
        } catch (err) {
          const failure = infrastructureFailure(err, o.retryEverything === true);
          if (failure === null) throw err;
          if (attempts >= tuning.alertAfterAttempts || nowMs() - since >= tuning.alertAfterMs) {
            if (!noted) hooks.note(failure.reason);
            noted = true;
            if (!alerted) alerted = await hooks.alert(failure.reason, attempts);
          }
          await sleep(retryDelay(tuning, attempts, failure.retryAfterMs));
        }
      }
    },
  };
}

export type Persistence = ReturnType<typeof persistence>;

/** The wait before attempt `attempts + 1`: doubling from the first delay up to the cap, or what the other side asked. */
export function retryDelay(tuning: RunTuning, attempts: number, askedMs: number | null): number {
  const backoff = Math.min(tuning.maxRetryDelayMs, tuning.firstRetryDelayMs * 2 ** Math.min(attempts - 1, 30));
  return askedMs === null ? backoff : Math.max(backoff, Math.min(askedMs, MAX_ASKED_DELAY_MS));
}

/**
 * The failure to wait out, or null for a permanent one. Anything that is not an activity's failure is a bug in the
 * workflow and fails its task. A local activity's failure can arrive as its own ApplicationFailure, unwrapped.
 */
function infrastructureFailure(err: unknown, retryEverything: boolean): { reason: string; retryAfterMs: number | null } | null {
  if (!(err instanceof ActivityFailure) && !(err instanceof ApplicationFailure)) throw err;
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.nonRetryable && !retryEverything) return null;
  const reason = cause?.message || err.message;
  return { reason, retryAfterMs: cause instanceof ApplicationFailure ? askedDelay(cause.details) : null };
}

function askedDelay(details: unknown[] | null | undefined): number | null {
  const first = details?.[0] as { retryAfterMs?: unknown } | undefined;
  return typeof first?.retryAfterMs === "number" ? first.retryAfterMs : null;
}

/** The message of a permanent failure, for the step that failed. */
export function failureMessage(err: unknown): string {
  if (err instanceof ActivityFailure) return err.cause?.message ?? err.message;
  if (err instanceof ApplicationFailure) return err.message;
  throw err;
}
