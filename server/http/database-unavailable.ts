import "server-only";
import { Prisma } from "@prisma/client";
import { isDatabaseUnreachable } from "../db/database-errors";

/** Seconds a helpdesk is asked to wait before it delivers again; they retry a 503 that says when. */
export const DATABASE_RETRY_AFTER_SEC = 30;

/**
 * Prisma's codes for a database it cannot talk to, as the pg adapter reports a failed socket: P1001 the server
 * refused or could not be found, P1017 it closed the connection, P1008 the socket timed out. Everything else
 * (a constraint, a bad query) is a real error and must not be hidden behind "try again later".
 */
const CONNECTION_CODES = new Set(["P1001", "P1008", "P1017"]);

/** What the pg pool and a restarting server say, unconverted, besides what the shared check knows. */
const NOT_YET_REACHABLE = /timeout exceeded when trying to connect|the database system is starting up/i;

/**
 * True when the request failed because the database cannot be reached. A new connection the server refuses comes
 * back as P1001; a pooled connection the server dropped comes back as pg's own Error ("Connection terminated
 * unexpectedly"), unconverted, as do a server shutting down or starting up and a pool with no connection in time:
 * the shared check and the messages above recognise those.
 */
export function isDatabaseDown(error: unknown): boolean {
  const code =
    error instanceof Prisma.PrismaClientKnownRequestError ? error.code : error instanceof Prisma.PrismaClientInitializationError ? error.errorCode : undefined;
  if (code !== undefined && CONNECTION_CODES.has(code)) return true;
  return isDatabaseUnreachable(error) || NOT_YET_REACHABLE.test(messageChain(error));
}

function messageChain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) parts.push(e.message);
  return parts.join(" ");
}

/** The answer while the database is away: nothing was stored, and the sender is told when to try again. */
export function databaseUnavailable(): Response {
  return Response.json(
    { error: "The studio's database is not reachable right now; nothing was stored. Send it again in a moment.", issues: [] },
    { status: 503, headers: { "retry-after": String(DATABASE_RETRY_AFTER_SEC) } },
  );
}

/** Runs a webhook handler and answers 503 with Retry-After when it failed because the database is away. */
export async function unlessDatabaseDown(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (err) {
    if (isDatabaseDown(err)) return databaseUnavailable();
    throw err;
  }
}
