import "server-only";
import { Prisma } from "@prisma/client";
import { ZodError } from "zod";
import { isDatabaseUnreachable } from "../../db/database-errors";
import { summarizeError } from "../../lib/error-summary";
import { EncoderMismatchError } from "../../ai/intent/predict-batch";
import { IntentModelFormatError } from "../../ai/intent/serialize";
import { InvalidOutputError } from "../../ai/openai/retry";
import { HelpdeskCallError } from "../../helpdesk/helpdesk-call-error";
import { EffectRejected } from "./effect-rejected";
import { RetryLater } from "./retry-later";

/**
 * What a failed activity means for the run. `infrastructure`: something the run depends on is away or busy (the
 * database, the network, a helpdesk's 5xx or 429); the same call works once it is back, so the run waits and tries
 * again for as long as it takes, and never takes a failure path for it. `permanent`: the call can never succeed as
 * asked (a rejected effect, a 4xx, invalid data); retrying only delays the flow's own failure handling.
 */
export type FailureKind =
  | { kind: "infrastructure"; reason: string; retryAfterMs: number | null }
  | { kind: "permanent"; reason: string };

/**
 * PostgreSQL error classes that say "not now" rather than "never": 08 connection, 40 transaction rolled back
 * (serialization, deadlock), 53 out of resources, 57 operator intervention (shutdown, statement timeout), 58 system.
 */
const TRANSIENT_SQLSTATE = /^(08|40|53|57|58)/;

/** Prisma's codes for a database that is away, slow or busy (reach, timeouts, pool, write conflicts, closed transactions). */
const TRANSIENT_PRISMA = new Set(["P1001", "P1002", "P1008", "P1011", "P1017", "P2024", "P2028", "P2034"]);

/** Node's codes for a connection that failed on the way. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT"]);

/**
 * Sorts an activity's failure. Unknown errors count as infrastructure: a run that waits and raises an alert is
 * noticed and goes on once the cause is fixed, where one sent down a failure path skips its routing silently.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof EffectRejected) return permanent(error.message);
  if (error instanceof RetryLater) return { kind: "infrastructure", reason: error.message, retryAfterMs: error.afterMs };
  if (error instanceof HelpdeskCallError) {
    return error.retryable ? { kind: "infrastructure", reason: error.message, retryAfterMs: error.retryAfterMs } : permanent(error.message);
  }
  // A model that answers unusably, or cannot be loaded as it is, does the same on the next attempt: the read's own
  // failure handling (an unknown intent, a handoff) is better than a ticket waiting for a retrain.
  if (error instanceof InvalidOutputError || error instanceof IntentModelFormatError || error instanceof EncoderMismatchError) {
    return permanent(`The AI model could not answer: ${error.message}`);
  }
  if (error instanceof ZodError) return permanent(`The data is not valid: ${error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ")}`);
  if (error instanceof Prisma.PrismaClientValidationError) return permanent(`The database refused the query as invalid: ${summarizeError(error).message}`);
  if (isDatabaseUnreachable(error)) return infrastructure(`The database is not reachable: ${summarizeError(error).message}`);

  const codes = codesOf(error);
  if (codes.some((c) => TRANSIENT_PRISMA.has(c) || (isSqlState(c) && TRANSIENT_SQLSTATE.test(c)))) {
    return infrastructure(`The database could not finish the work right now: ${summarizeError(error).message}`);
  }
  if (codes.some((c) => NETWORK_CODES.has(c))) return infrastructure(`A service could not be reached: ${summarizeError(error).message}`);
  const status = httpStatusOf(error);
  if (status !== null) {
    if (status === 408 || status === 429 || status >= 500) return infrastructure(`A service answered ${status}, it is busy or failing: ${summarizeError(error).message}`);
    if (status >= 400) return permanent(`A service refused the call with ${status}: ${summarizeError(error).message}`);
  }
  if (codes.some((c) => /^P2\d{3}$/.test(c) || isSqlState(c))) return permanent(`The database refused the change: ${summarizeError(error).message}`);
  return infrastructure(`An unexpected error stopped the step: ${summarizeError(error).message}`);
}

function permanent(reason: string): FailureKind {
  return { kind: "permanent", reason };
}

function infrastructure(reason: string): FailureKind {
  return { kind: "infrastructure", reason, retryAfterMs: null };
}

function isSqlState(code: string): boolean {
  return /^([0-9]{2}|XX|HV|F0|P0)[0-9A-Z]{3}$/.test(code);
}

/**
 * Every error code along the error's causes: Node's and pg's `code`, Prisma's `code`, and the database's own code
 * that Prisma's driver adapter keeps in `meta` or writes into its message ("Code: `40001`").
 */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (e === null || typeof e !== "object" || seen.has(e) || depth > 6) return;
    seen.add(e);
    const o = e as Record<string, unknown>;
    for (const key of ["code", "errorCode", "originalCode"]) if (typeof o[key] === "string") codes.push(o[key]);
    if (typeof o.message === "string") for (const m of o.message.matchAll(/Code: `?([0-9A-Z]{5})`?/g)) codes.push(m[1]!);
    visit(o.cause, depth + 1);
    visit(o.meta, depth + 1);
    visit(o.driverAdapterError, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** An HTTP status an error carries (`status`, `statusCode`, or a `response` inside it or its cause). */
function httpStatusOf(error: unknown): number | null {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === "object" && depth < 4; e = (e as { cause?: unknown; original?: unknown }).cause ?? (e as { original?: unknown }).original, depth++) {
    const o = e as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
    for (const value of [o.status, o.statusCode, o.response?.status]) if (typeof value === "number" && value >= 100 && value < 600) return value;
  }
  return null;
}
