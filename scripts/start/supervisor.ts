/**
 * The start script's bookkeeping: every part that starts registers how to stop it, and shutdown stops them
 * in reverse order (web, worker, Temporal, database) whatever triggered it — Ctrl-C, SIGTERM, a child that
 * died, or a failed start-up step — then exits with the right code.
 */
type Stopper = { name: string; stop: () => Promise<void> };

const STEP_TIMEOUT_MS = 30_000;

export class Supervisor {
  private readonly stoppers: Stopper[] = [];
  private stopping: Promise<never> | undefined;

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** Register a started part. If shutdown already began (a signal during start-up), stop it right away. */
  onStop(name: string, stop: () => Promise<void>): void {
    if (this.stopping) void stop().catch(() => undefined);
    else this.stoppers.push({ name, stop });
  }

  installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.stopping) {
        log(`${signal} again: still stopping, every part has a kill timeout`);
        return;
      }
      log(`${signal} received, stopping`);
      void this.shutdown(0);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    process.on("SIGHUP", onSignal);
    process.on("uncaughtException", (error) => void this.shutdown(1, `unexpected error: ${error.stack ?? error}`));
    process.on("unhandledRejection", (error) => void this.shutdown(1, `unexpected error: ${String(error)}`));
  }

  /** Stop everything (once), newest first, each with a time limit so one stuck part cannot hang the exit. */
  shutdown(code: number, reason?: string): Promise<never> {
    this.stopping ??= (async () => {
      if (reason) log(reason);
      for (const { name, stop } of [...this.stoppers].reverse()) {
        log(`stopping ${name}`);
        try {
          await withTimeout(stop(), STEP_TIMEOUT_MS, `${name} did not stop within ${STEP_TIMEOUT_MS / 1000}s`);
        } catch (error) {
          log(`stopping ${name} failed: ${(error as Error).message}`);
          code = code || 1;
        }
      }
      log(code === 0 ? "stopped cleanly" : `exiting with code ${code}`);
      process.exit(code);
    })();
    return this.stopping;
  }
}

export function log(message: string): void {
  console.log(`[start] ${message}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
