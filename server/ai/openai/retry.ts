import "server-only";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";

/**
 * Our own retry loop around single SDK attempts (the SDK's is switched off), so which failures retry,
 * how long we wait and when we give up are decided here and tested against a local server.
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails over to its fallback at once. */
  maxRetryAfterMs: number;
  /**
   * The whole call, waits and attempts included: a retry starts only if its wait plus a full attempt
   * fits. Kept under the activity's start-to-close timeout, so Temporal never retries (and pays for)
   * a call that our loop was still working on.
   */
  budgetMs: number;
  /** How long one attempt may take (the SDK's timeout), to judge whether another fits the budget. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 20_000, budgetMs: 50_000, attemptTimeoutMs: 15_000 };

/** The model answered, but not with something we may use (bad JSON, schema mismatch, refusal, truncation). */
export class InvalidOutputError extends Error {
  override readonly name = "InvalidOutputError";
}

export interface FailureKind {
  retryable: boolean;
  /** Short, for the `model` string and the run trace. */
  reason: string;
  retryAfterMs: number | null;
}

export function classifyFailure(err: unknown): FailureKind {
  if (err instanceof InvalidOutputError) return { retryable: false, reason: `invalid output: ${err.message}`, retryAfterMs: null };
  // Timeout and user-abort extend the connection error, so they are checked first.
  if (err instanceof APIConnectionTimeoutError) return { retryable: true, reason: "timed out", retryAfterMs: null };
  if (err instanceof APIUserAbortError) return { retryable: false, reason: "aborted", retryAfterMs: null };
  if (err instanceof APIConnectionError) return { retryable: true, reason: "connection error", retryAfterMs: null };
  if (err instanceof APIError && typeof err.status === "number") {
    const status = err.status;
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    return { retryable, reason: `HTTP ${status}`, retryAfterMs: retryable ? retryAfterMs(err.headers) : null };
  }
  return { retryable: false, reason: err instanceof Error ? err.message : String(err), retryAfterMs: null };
}

/** Milliseconds the server asked us to wait, from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number(headers?.get("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get("retry-after");
  if (value == null || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Exponential backoff with full jitter (spreads clients that failed together), never shorter than
 * what the server asked for. `null`: the server asked for longer than we are willing to wait.
 */
export function retryDelayMs(retryIndex: number, policy: RetryPolicy, random: () => number, serverAskedMs: number | null): number | null {
  if (serverAskedMs !== null && serverAskedMs > policy.maxRetryAfterMs) return null;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  const jittered = Math.round(random() * ceiling);
  return Math.max(jittered, serverAskedMs ?? 0);
}

export interface RetryDeps {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Milliseconds on a monotonic clock, for the budget. */
  now: () => number;
}

export type RetryOutcome<T> = { ok: true; value: T; attempts: number } | { ok: false; reason: string; attempts: number };

/** Runs `attempt(n)` (n from 1) until it succeeds, fails for good, or the retries run out. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy, deps: RetryDeps): Promise<RetryOutcome<T>> {
  const started = deps.now();
  for (let n = 1; ; n++) {
    try {
      return { ok: true, value: await attempt(n), attempts: n };
    } catch (err) {
      const failure = classifyFailure(err);
      const retriesLeft = n <= policy.maxRetries;
      if (!failure.retryable) return { ok: false, reason: failure.reason, attempts: n };
      if (!retriesLeft) return { ok: false, reason: n > 1 ? `${failure.reason} after ${n} attempts` : failure.reason, attempts: n };
      const delay = retryDelayMs(n - 1, policy, deps.random, failure.retryAfterMs);
      if (delay === null) return { ok: false, reason: `${failure.reason}, Retry-After ${Math.ceil(failure.retryAfterMs! / 1000)}s is too long`, attempts: n };
      if (deps.now() - started + delay + policy.attemptTimeoutMs > policy.budgetMs) {
        return { ok: false, reason: `${failure.reason}, no time left to retry`, attempts: n };
      }
      await deps.sleep(delay);
    }
  }
}
