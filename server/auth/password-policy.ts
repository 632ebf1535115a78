import "server-only";
import { z } from "zod";

/**
 * better-auth's limits, set explicitly in auth.ts so every path that writes a password (Settings → Users, the
 * first admin, `studio users`) refuses the same passwords. Sign-in only checks the maximum, so a shorter
 * password written behind better-auth's back would work, but nobody could set it again through better-auth.
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export const ZPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`)
  // One line, so it can be printed, kept in first-admin.txt and typed into the sign-in form as it is.
  .refine((p) => !/[\r\n]/.test(p), "The password must be on one line.");

/** Why a password cannot be used, in the user's words; null when it can. */
export function passwordProblem(password: string): string | null {
  const parsed = ZPasswordSchema.safeParse(password);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "The password cannot be used.");
}

/**
 * 16 URL-safe characters (96 random bits): easy to copy from a terminal, nothing to escape in a shell.
 * Web Crypto rather than node:crypto, so this file can also be imported by a form in the browser.
 */
export function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_");
}
