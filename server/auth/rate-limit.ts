import "server-only";
import { PASSWORD_SIGN_IN_PATH } from "./sign-in-hooks";

/**
 * Password sign-ins per caller address (client-address.ts) and window. A person or the end-to-end suite signing in
 * one user after another stays far below it; a script guessing passwords meets it within seconds, and the
 * per-account backoff (sign-in-throttle.ts) slows a guesser that spreads over many addresses.
 */
export const SIGN_IN_WINDOW_SECONDS = 10;
export const SIGN_IN_MAX = 10;

/**
 * better-auth's limiter, on in every mode (its default is production only) and counted in the database, so a restart
 * or a second web process does not hand out a fresh budget.
 */
export function authRateLimit() {
  return {
    enabled: true,
    storage: "database" as const,
    customRules: { [PASSWORD_SIGN_IN_PATH]: { window: SIGN_IN_WINDOW_SECONDS, max: SIGN_IN_MAX } },
  };
}

/** What a caller refused by the limiter reads (better-auth's own words say neither why nor how long). */
export function rateLimitedMessage(seconds: number, signingIn = true): string {
  return `Too many ${signingIn ? "sign-in attempts" : "requests"} from here. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
}
