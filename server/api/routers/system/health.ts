import { summarizeError } from "@/server/api/error-summary";
import { publicProcedure } from "@/server/api/trpc";

export type HealthStatus = { ok: true; db: "up"; latencyMs: number } | { ok: false; db: "down"; error: string };

/**
 * Is the database reachable? Reported, never thrown: the start script and Playwright poll this
 * while the database may still be starting.
 */
export const health = publicProcedure.query(async ({ ctx }): Promise<HealthStatus> => {
  const started = performance.now();
  try {
    await ctx.prisma.$queryRaw`SELECT 1`;
    return { ok: true, db: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, db: "down", error: summarizeError(error).message };
  }
});
