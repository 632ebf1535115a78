import "server-only";
import type { PrismaClient } from "@prisma/client";
import { periodicLoop, type PeriodicLoop } from "../../lib/periodic-loop";
import { sweepUploads } from "./sweep-uploads";

/** Sweeps at once, then every interval; `stop` waits for the sweep in flight. */
export type UploadSweeper = PeriodicLoop;

/**
 * Keeps the upload folder from growing without end in a long-lived process: one sweep when it starts (which also
 * clears what a crash left), then one an hour. Any number of processes may run it: removing a file twice is harmless.
 */
export function uploadSweeper(o: { prisma: PrismaClient; intervalMs?: number; log?: (message: string) => void }): UploadSweeper {
  const intervalMs = o.intervalMs ?? 60 * 60_000;
  const log = o.log ?? ((message: string) => console.error(`[uploads] ${message}`));

  async function sweep(): Promise<number> {
    try {
      const { expired, partials, orphans } = await sweepUploads(o.prisma);
      if (expired + partials + orphans > 0) log(`removed ${expired} expired upload(s), ${partials} unfinished upload(s) and ${orphans} file(s) no import refers to`);
    } catch (err) {
      // The database is away or the folder unreadable: nothing is lost by waiting for the next sweep.
      log(`sweep failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    return intervalMs;
  }

  return periodicLoop(sweep, { unref: true });
}
