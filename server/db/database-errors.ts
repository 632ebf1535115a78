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
