import "server-only";
import type { PrismaClient } from "@prisma/client";
import { periodicLoop, type PeriodicLoop } from "../../lib/periodic-loop";
import type { TMetricContext } from "./load-ticket-facts";
import { readMetricContext } from "./refresh-context";
import { hasDirtyTickets, refreshMetrics } from "./refresh-metrics";
import { markWindowClosing } from "./refresh-window-closing";

/** Drains at once, then every interval; `stop` waits for the batch in flight. */
export type MetricsRefresher = PeriodicLoop;

export interface MetricsRefresherOptions {
  readonly prisma: PrismaClient;
  /** Pause between drains. */
  intervalMs?: number;
  /** How long the shared counting context (window, calendar, median handle times) is reused before it is read again. */
  contextMaxAgeMs?: number;
  /** How often tickets whose repeat-contact window closed are marked for recounting. */
  windowSweepMs?: number;
  log?: (message: string) => void;
}

/**
 * Keeps the metrics rollup current in a long-lived process: every few seconds it drains what the triggers marked
 * dirty, and now and then marks the tickets whose window closed. Any number of processes may run it; the claims
 * keep them from counting a change twice.
 */
export function metricsRefresher(o: MetricsRefresherOptions): MetricsRefresher {
  const intervalMs = o.intervalMs ?? 2000;
  const contextMaxAgeMs = o.contextMaxAgeMs ?? 10 * 60_000;
  const windowSweepMs = o.windowSweepMs ?? 60 * 60_000;
  const log = o.log ?? ((message: string) => console.error(`[metrics] ${message}`));
  let context: { value: TMetricContext; at: number } | null = null;
  let lastSweep = 0;
  let failing = false;

  const perTick = 20;

  /** Whether work was left over: the next tick then starts at once. */
  async function tick(): Promise<boolean> {
    try {
      const now = Date.now();
      if (now - lastSweep > windowSweepMs) {
        await markWindowClosing(o.prisma, new Date(now));
        lastSweep = now;
      }
      const dirty = await hasDirtyTickets(o.prisma);
      if (failing) log("the database answers again");
      failing = false;
      if (!dirty) return false;
      if (context === null || now - context.at > contextMaxAgeMs) context = { value: await readMetricContext(o.prisma), at: now };
      // A bounded drain per tick, so a stop (or a large import) never waits on one long pass.
      const done = await refreshMetrics(o.prisma, { context: context.value, maxBatches: perTick });
      return done.batches === perTick;
    } catch (err) {
      // The database is away or a batch failed: the dirty rows stay, and the next tick tries again.
      if (!failing) log(`refresh failed: ${err instanceof Error ? err.message : String(err)}`);
      failing = true;
      return false;
    }
  }

  // Work left over: the next tick starts at once.
  return periodicLoop(async () => ((await tick()) ? 0 : intervalMs));
}
