import "server-only";
import type { PrismaClient } from "@prisma/client";
import { summarizeError } from "../../lib/error-summary";

export type HealthStatus = { ok: true; db: "up"; latencyMs: number } | { ok: false; db: "down" };

/**
 * Is the database reachable? Reported, never thrown: the start script and Playwright poll this while the database
 * may still be starting. `database` is asked for inside the check, so a client that cannot even be made (no
 * DATABASE_URL) reports "down" too. Anyone may ask, so why it is down (addresses, user names) goes to the server's
 * log only.
 */
export async function checkDatabase(
  database: () => Pick<PrismaClient, "$queryRaw">,
  log: (message: string) => void = (message) => console.error(`[health] ${message}`),
): Promise<HealthStatus> {
  const started = performance.now();
  try {
    await database().$queryRaw`SELECT 1`;
    return { ok: true, db: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    log(`the database does not answer: ${summarizeError(error).message}`);
    return { ok: false, db: "down" };
  }
}
