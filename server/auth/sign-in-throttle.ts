import "server-only";
import type { PrismaClient } from "@prisma/client";

/**
 * The per-account backoff: failed sign-ins counted per email, whatever address they come from, so guessing one
 * account's password from many addresses is as slow as from one. The first few failures cost nothing (a person
 * mistyping); after that every failure locks the email for longer, up to a cap; a successful sign-in clears it.
 */
export const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;
/** Failures this long ago are forgotten: a typo last week does not count towards today's lock. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

type Db = Pick<PrismaClient, "signInThrottle" | "$queryRaw">;

/** How long the email is locked after its `failures`-th failure in a row: nothing at first, then doubling. */
export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(failures - FREE_FAILURES, 20));
}

/** The key a sign-in is counted under: the email as better-auth looks it up. */
export function throttleKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds this email must still wait before it may try again; 0 when it may try now. */
export async function signInWaitSeconds(prisma: Db, email: string, now = new Date()): Promise<number> {
  const row = await prisma.signInThrottle.findUnique({ where: { email: throttleKey(email) }, select: { lockedUntil: true } });
  if (!row?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000));
}

/**
 * Counts a failure in one statement (two failures at the same moment both count) and locks the email when it has
 * failed too often. Returns the failures so far and the seconds it is now locked for.
 */
export async function recordFailedSignIn(prisma: Db, email: string, now = new Date()): Promise<{ failures: number; lockSeconds: number }> {
  const key = throttleKey(email);
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const [row] = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "SignInThrottle" ("email", "failures", "lastFailureAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("email") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."lastFailureAt" < ${forgetBefore} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "lastFailureAt" = ${now}
    RETURNING "failures"`;
  const failures = row?.failures ?? 1;
  const lockSeconds = lockSecondsAfter(failures);
  if (lockSeconds > 0) {
    const until = new Date(now.getTime() + lockSeconds * 1000);
    // Never shortens a lock a concurrent failure set further out.
    await prisma.signInThrottle.updateMany({ where: { email: key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: until } }] }, data: { lockedUntil: until } });
  }
  return { failures, lockSeconds };
}

export async function clearFailedSignIns(prisma: Db, email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { email: throttleKey(email) } });
}

/** What a locked-out caller reads: what happened and what to do, with the wait in words. */
export function lockedMessage(seconds: number): string {
  return `Too many failed sign-ins for this email. Wait ${waitInWords(seconds)} and try again, or ask an admin to reset the password.`;
}

export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
