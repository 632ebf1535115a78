import "server-only";
import type { PrismaClient } from "@prisma/client";
import { sweepUploads } from "./sweep-uploads";

export interface UploadSweeper {
  /** Sweeps at once, then every interval. */
  start(): void;
  /** Stops the loop and waits for the sweep in flight, if any. */
  stop(): Promise<void>;
}

/**
 * Keeps the upload folder from growing without end in a long-lived process: one sweep when it starts (which also
 * clears what a crash left), then one an hour. Any number of processes may run it: removing a file twice is harmless.
 */
export function uploadSweeper(o: { prisma: PrismaClient; intervalMs?: number; log?: (message: string) => void }): UploadSweeper {
  const intervalMs = o.intervalMs ?? 60 * 60_000;
  const log = o.log ?? ((message: string) => console.error(`[uploads] ${message}`));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function sweep(): Promise<void> {
    try {
      const { expired, partials, orphans } = await sweepUploads(o.prisma);
      if (expired + partials + orphans > 0) log(`removed ${expired} expired upload(s), ${partials} unfinished upload(s) and ${orphans} file(s) no import refers to`);
    } catch (err) {
      // The database is away or the folder unreadable: nothing is lost by waiting for the next sweep.
      log(`sweep failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = sweep().then(() => {
        running = null;
        schedule(intervalMs);
      });
    }, delayMs);
    timer.unref();
  }

  return {
    start() {
      stopped = false;
      if (timer === null && running === null) schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
