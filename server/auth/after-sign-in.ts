import "server-only";
import type { PrismaClient } from "@prisma/client";
import { forgetFirstAdminFileFor } from "./first-admin-file";
import { recordFirstSignIn } from "./sign-ins";

/**
 * Runs after better-auth creates a session (a sign-in; sign-up is off): remembers that the user has signed in
 * and deletes first-admin.txt when it is theirs, so the password stops lying around as soon as it has been used.
 * Never throws: a failure here must not turn a good sign-in away (the next start tidies up instead).
 */
export async function afterSignIn(prisma: PrismaClient, dataDir: string, userId: string): Promise<void> {
  try {
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) return;
    await recordFirstSignIn(prisma, user);
    await forgetFirstAdminFileFor(dataDir, user.email);
  } catch (error) {
    console.error(`[auth] after the sign-in of user ${userId}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
