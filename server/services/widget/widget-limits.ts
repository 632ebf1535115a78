import "server-only";
import { RateLimiter } from "./rate-limit";

const MINUTE = 60_000;

/**
 * One set of limits per web process. Reading allows a poll every few seconds from a few open tabs; writing
 * allows a quick typist but not a script.
 */
export const WIDGET_RATE = {
  start: new RateLimiter(20, 10 * MINUTE),
  send: new RateLimiter(12, MINUTE),
  read: new RateLimiter(120, MINUTE),
  rate: new RateLimiter(5, MINUTE),
};
