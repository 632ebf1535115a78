import "server-only";

export interface PeriodicLoop {
  /** Runs the task at once, then again after the delay each run asks for. */
  start(): void;
  /** Stops the loop and waits for the run in flight, if any. */
  stop(): Promise<void>;
}

/**
 * A background task of a long-lived process, never two runs at once: each run answers how long to wait before the
 * next (0 when it left work over). `unref` lets the process exit while the loop only waits.
 */
export function periodicLoop(run: () => Promise<number>, o: { unref?: boolean } = {}): PeriodicLoop {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = run().then((nextDelayMs) => {
        running = null;
        schedule(nextDelayMs);
      });
    }, delayMs);
    if (o.unref) timer.unref();
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
