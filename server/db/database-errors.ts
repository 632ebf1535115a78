import "server-only";
import { summarizeError } from "../lib/error-summary";

/**
 * True when an error means the database cannot be reached at all (stopped, restarted, network gone), as opposed
 * to a query that failed. A background process that sees one cannot record anything more and should stop.
 * Prisma reports it as P1001 / P1017; through the pg adapter it can also surface as the driver's own error.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P1001" || code === "P1017" || code === "ECONNREFUSED" || code === "ECONNRESET") return true;
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return UNREACHABLE.test(text);
}

const UNREACHABLE =
  /Can't reach database server|ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|server closed the connection|the database system is shutting down|DatabaseNotReachable|Server has closed the connection/i;

/** The one line worth printing: Prisma's reason without its invocation preamble. */
export function databaseErrorLine(error: unknown): string {
  return summarizeError(error).message;
}

/**
 * True when PostgreSQL cancelled a statement for running past the web process's statement_timeout (SQLSTATE 57014,
 * which Prisma's pg adapter passes on as the original code, or only in its message).
 */
export function isStatementTimeout(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const meta = (e as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } }).meta;
    const cause = meta?.driverAdapterError?.cause;
    if (cause?.originalCode === "57014" || cause?.code === "57014" || (e as { code?: unknown }).code === "57014") return true;
    if (e instanceof Error && /canceling statement due to statement timeout/i.test(e.message)) return true;
  }
  return false;
}

/** What a caller reads instead of PostgreSQL's words when the statement timeout stopped their request. */
export const STATEMENT_TIMEOUT_MESSAGE =
  "This took too long and was stopped so the studio stays responsive. Narrow it down (fewer tickets, a shorter period) and try again; if it keeps happening, ask an admin.";
