import "server-only";
import type { PrismaClient } from "@prisma/client";

/**
 * Whether a user has ever signed in. better-auth deletes a session at sign-out (and when it expires), so the
 * sessions table forgets; a one-time audit row written on the first sign-in (auth.ts's session hook) does not.
 */
export const FIRST_SIGN_IN_ACTION = "user.first-sign-in";

type Db = Pick<PrismaClient, "auditLog" | "session">;

export async function hasSignedIn(prisma: Db, userId: string): Promise<boolean> {
  const marker = await prisma.auditLog.findFirst({ where: { action: FIRST_SIGN_IN_ACTION, subject: userId }, select: { id: true } });
  if (marker) return true;
  // A session still open from before the marker existed counts too.
  return (await prisma.session.count({ where: { userId } })) > 0;
}

/** Writes the first-sign-in row unless there is one; later sign-ins add nothing, so the audit log stays readable. */
export async function recordFirstSignIn(prisma: Db, user: { id: string; email: string }): Promise<void> {
  const marker = await prisma.auditLog.findFirst({ where: { action: FIRST_SIGN_IN_ACTION, subject: user.id }, select: { id: true } });
  if (marker) return;
  await prisma.auditLog.create({ data: { actor: user.email, action: FIRST_SIGN_IN_ACTION, subject: user.id, details: { email: user.email } } });
}
