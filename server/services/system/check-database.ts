import "server-only";
import type { PrismaClient } from "@prisma/client";
import { summarizeError } from "../../lib/error-summary";

export type HealthStatus = { ok: true; db: "up"; latencyMs: number } | { ok: false; db: "down"; error: string };

/**
 * Is the database reachable? Reported, never thrown: the start script and Playwright poll this while the database
 * may still be starting. `database` is asked for inside the check, so a client that cannot even be made (no
 * DATABASE_URL) reports "down" too.
 */
export async function checkDatabase(database: () => Pick<PrismaClient, "$queryRaw">): Promise<HealthStatus> {
  const started = performance.now();
  try {
    await database().$queryRaw`SELECT 1`;
    return { ok: true, db: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, db: "down", error: summarizeError(error).message };
  }
}
