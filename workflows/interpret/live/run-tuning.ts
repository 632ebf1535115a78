import type { FlowEvent, RunState } from "../types";

/**
 * How a live run waits out failures of the infrastructure and when it starts a fresh history. Live starts use the
 * defaults; tests pass shorter ones in `TicketFlowInput.tuning`, so they need not wait minutes.
 */
export interface RunTuning {
  /** The wait after the first failed attempt; it doubles with each attempt, up to `maxRetryDelayMs`. */
  firstRetryDelayMs: number;
  maxRetryDelayMs: number;
  /** A call still failing after this many attempts, or this long, is written in the trace and alerted. */
  alertAfterAttempts: number;
  alertAfterMs: number;
  /** A resting run whose history has this many events continues as new (sooner when Temporal suggests it). */
  continueAfterEvents: number;
}

export const DEFAULT_RUN_TUNING: RunTuning = {
  firstRetryDelayMs: 1_000,
  maxRetryDelayMs: 5 * 60_000,
  alertAfterAttempts: 10,
  alertAfterMs: 10 * 60_000,
  continueAfterEvents: 10_000,
};

/** What a run that continued as new carries over: where it rests, its timers and the events not yet fed. */
export interface ResumedRun {
  state: RunState;
  timers: Array<{ timerId: string; fireAt: string }>;
  inbox: FlowEvent[];
  /** Whether the run has already raised its one alert. */
  alerted: boolean;
}
