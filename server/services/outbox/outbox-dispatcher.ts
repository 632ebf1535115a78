import "server-only";
import type { PrismaClient } from "@prisma/client";
import { OutboxNotYet, OutboxUnreachable, type Outbox, type OutboxHandler, type OutboxMessageRow } from "./outbox";
import { claimDue, deleteDelivered, giveUp, postpone, recordFailure } from "./outbox-store";

export interface OutboxDispatcher extends Outbox {
  /** Delivers everything due now and resolves when nothing is left in flight (tests, shutdown). */
  drain(): Promise<void>;
  /** Looks for due messages every `sweepMs` from now on: those a crash, a failed kick or a backoff left behind. */
  startSweep(): void;
  stop(): Promise<void>;
}

export interface OutboxDispatcherOptions {
  /** Read on each use, so a root can hand a lazily resolved client. */
  readonly prisma: PrismaClient;
  readonly handlers: Readonly<Record<string, OutboxHandler>>;
  /** Deliveries in flight at once. */
  inFlight?: number;
  /** How long a claimed message stays with this dispatcher before another may take it. */
  leaseMs?: number;
  sweepMs?: number;
  /** The sweep leaves messages younger than this to the kick of the process that wrote them. */
  sweepGraceMs?: number;
  /** Attempts before a message is given up; a destination that cannot be reached at all is never given up. */
  maxAttempts?: number;
  /** Wait before the next attempt, after `attempts` failed ones. */
  backoffMs?: (attempts: number) => number;
  log?: (message: string) => void;
}

/** 1 s, doubling, at most a minute: ten attempts span about four minutes, which outlasts a restart of Temporal. */
export const defaultBackoffMs = (attempts: number): number => Math.min(60_000, 1000 * 2 ** (attempts - 1));

/**
 * Delivers outbox messages to their kind's handler. One loop at a time per dispatcher: kicks while it runs only
 * make it look again before it stops, so a burst of tickets costs one claim per batch, not one per ticket.
 * Several dispatchers (processes) may run against the same table; a claim is exclusive for its lease.
 */
export function outboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const limit = options.inFlight ?? 16;
  // Claim again once a quarter of the slots are free, not on every single delivery that ends.
  const refill = Math.max(1, Math.floor(limit / 4));
  const leaseMs = options.leaseMs ?? 30_000;
  const sweepGraceMs = options.sweepGraceMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 10;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const log = options.log ?? ((message: string) => console.error(`[outbox] ${message}`));

  const inFlight = new Set<Promise<void>>();
  const delivered: string[] = [];
  let loop: Promise<void> | null = null;
  let pending = false;
  let graceMs = sweepGraceMs;
  let wake: (() => void) | null = null;
  let sweep: NodeJS.Timeout | null = null;

  function wakeUp(): void {
    const resolve = wake;
    wake = null;
    resolve?.();
  }

  function request(): Promise<void> {
    pending = true;
    if (loop !== null) {
      wakeUp();
      return loop;
    }
    loop = Promise.resolve().then(run);
    return loop;
  }

  async function run(): Promise<void> {
    let more = true;
    try {
      for (;;) {
        if (pending) {
          pending = false;
          more = true;
        }
        const free = limit - inFlight.size;
        if (more && free >= refill) {
          await flush();
          const claimed = await claimDue(options.prisma, { limit: free, leaseMs, graceMs });
          for (const message of claimed) track(message);
          more = claimed.length === free;
          continue;
        }
        if (inFlight.size === 0) {
          await flush();
          if (pending) continue;
          return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } catch (err) {
      // The database is away: the messages stay, and the next kick or sweep tries again.
      log(`dispatch stopped: ${messageOf(err)}`);
    } finally {
      loop = null;
      graceMs = sweepGraceMs;
    }
  }

  /** Deletes delivered messages in one statement per batch, not one per message. */
  async function flush(): Promise<void> {
    if (delivered.length > 0) await deleteDelivered(options.prisma, delivered.splice(0));
  }

  function track(message: OutboxMessageRow): void {
    const delivery = deliver(message).finally(() => {
      inFlight.delete(delivery);
      wakeUp();
    });
    inFlight.add(delivery);
  }

  async function deliver(message: OutboxMessageRow): Promise<void> {
    const handler = options.handlers[message.kind];
    try {
      if (handler === undefined) throw new Error(`No handler for outbox messages of kind "${message.kind}"`);
      await handler.deliver(message.payload, { prisma: options.prisma, key: message.key });
      delivered.push(message.id);
    } catch (err) {
      if (err instanceof OutboxNotYet) return await postponed(message, err);
      const error = messageOf(err);
      const attempts = message.attempts + 1;
      try {
        if (handler !== undefined && attempts >= maxAttempts && !(err instanceof OutboxUnreachable)) {
          await giveUp(options.prisma, message, handler, error);
          log(`gave up ${message.key} after ${attempts} attempts: ${error}`);
        } else {
          await recordFailure(options.prisma, message.id, error, backoffMs(attempts));
        }
      } catch (storeErr) {
        // Its lease runs out and the message is tried again.
        log(`could not record the failure of ${message.key}: ${messageOf(storeErr)}`);
      }
    }
  }

  async function postponed(message: OutboxMessageRow, wait: OutboxNotYet): Promise<void> {
    try {
      await postpone(options.prisma, message.id, wait.message, wait.retryInMs);
    } catch (storeErr) {
      log(`could not postpone ${message.key}: ${messageOf(storeErr)}`);
    }
  }

  return {
    kick() {
      graceMs = 0;
      void request();
    },
    async drain() {
      graceMs = 0;
      await request();
      await Promise.all(inFlight);
    },
    startSweep() {
      if (sweep !== null) return;
      const sweepMs = options.sweepMs ?? 2000;
      sweep = setInterval(() => void request(), sweepMs);
      // The sweep alone never keeps a process alive.
      sweep.unref();
    },
    async stop() {
      if (sweep !== null) clearInterval(sweep);
      sweep = null;
      await loop;
      await Promise.all(inFlight);
    },
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
