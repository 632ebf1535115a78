import "server-only";

export interface TClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const REAL_CLOCK: TClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * A token bucket: `perMinute` calls a minute on average, up to `burst` at once after a quiet spell. Each call
 * reserves its token when it asks, so callers that must wait leave in the order they came and never more often
 * than the rate.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    readonly burst: number = Math.max(1, Math.floor(perMinute / 6)),
    private readonly clock: TClock = REAL_CLOCK,
  ) {
    if (!(perMinute > 0)) throw new Error("A rate limit needs a positive number of calls a minute");
    this.perMs = perMinute / 60_000;
    this.tokens = this.burst;
    this.at = clock.now();
  }

  /** Takes a token now; how long the caller must wait before using it (0 when one was free). */
  reserve(): number {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + (now - this.at) * this.perMs);
    this.at = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.perMs);
  }

  async take(): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await this.clock.sleep(wait);
  }
}
