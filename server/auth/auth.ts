import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getPrisma } from "@/server/db";
import { dataDir } from "@/server/env";
import { afterSignIn } from "./after-sign-in";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { authRateLimit } from "./rate-limit";
import { authSecret } from "./secret";
import { signInHooks } from "./sign-in-hooks";

function port(): string {
  return process.env.PORT ?? "3000";
}

function buildAuth() {
  const baseURL = process.env.BETTER_AUTH_URL ?? `http://127.0.0.1:${port()}`;
  return betterAuth({
    baseURL,
    secret: authSecret(),
    trustedOrigins: [baseURL, `http://127.0.0.1:${port()}`, `http://localhost:${port()}`],
    database: prismaAdapter(getPrisma(), { provider: "postgresql" }),
    // Admins create users (settings/users); nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    // A session is only ever created by a sign-in: remember the first one, and drop first-admin.txt once used.
    databaseHooks: { session: { create: { after: (session) => afterSignIn(getPrisma(), dataDir(), session.userId) } } },
    user: {
      additionalFields: {
        // Set by admins through tRPC only, never by a sign-in or profile request.
        role: { type: "string", required: false, defaultValue: "designer", input: false },
      },
    },
    // Counted in the database, per caller address as the auth route determined it (client-address.ts), never from a
    // header the caller wrote; and per email, whatever the address (sign-in-hooks.ts).
    rateLimit: authRateLimit(),
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    hooks: signInHooks(getPrisma),
    // Nothing may phone home at run time.
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof buildAuth>;

const cache = globalThis as typeof globalThis & { __studioAuth?: Auth };

/**
 * Built on first use rather than at import: it needs DATABASE_URL and the data dir, which `next build`
 * does not have.
 */
export function getAuth(): Auth {
  cache.__studioAuth ??= buildAuth();
  return cache.__studioAuth;
}
