import "server-only";

/** Past this many keys, keys with no hit in the window are dropped, so the map stays bounded. */
const SWEEP_AT = 10_000;

/**
 * A sliding-window limit per key (a conversation, a client address), held in this process's memory: enough to
 * stop one browser from flooding the queue; several web processes each count their own share.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit and answers 0, or, when the key is over its limit, the milliseconds until the next hit is allowed. */
  take(key: string): number {
    const now = this.now();
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return recent[0]! + this.windowMs - now;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > SWEEP_AT) this.sweep(since);
    return 0;
  }

  private sweep(since: number): void {
    for (const [key, times] of this.hits) if (times[times.length - 1]! <= since) this.hits.delete(key);
  }
}
