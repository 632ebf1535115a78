import "server-only";
import type { PrismaClient } from "@prisma/client";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { clearFailedSignIns, lockedMessage, recordFailedSignIn, signInWaitSeconds } from "./sign-in-throttle";

/** The only way in with a password; sign-up is off, so this is the endpoint a password guesser calls. */
export const PASSWORD_SIGN_IN_PATH = "/sign-in/email";

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" && email.trim() !== "" ? email : null;
}

function locked(seconds: number): APIError {
  return new APIError("TOO_MANY_REQUESTS", { message: lockedMessage(seconds), code: "SIGN_IN_LOCKED" }, { "Retry-After": String(seconds) });
}

/**
 * better-auth's before and after hooks for the per-account backoff (sign-in-throttle.ts): a locked email is refused
 * before its password is even checked (429 with Retry-After), a wrong password counts against the email, a right one
 * clears it. They run for HTTP requests and for `auth.api.signInEmail` alike.
 */
export function signInHooks(prisma: () => PrismaClient) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== PASSWORD_SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (email === null) return;
      const wait = await signInWaitSeconds(prisma(), email);
      if (wait > 0) throw locked(wait);
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== PASSWORD_SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      if (email === null) return;
      const returned = ctx.context.returned;
      if (isAPIError(returned)) {
        // The wrong password itself still answers 401 (better-auth keeps an endpoint's status); the next try meets the lock.
        if (returned.statusCode === 401) await recordFailedSignIn(prisma(), email);
        return;
      }
      if (ctx.context.newSession) await clearFailedSignIns(prisma(), email);
    }),
  };
}
