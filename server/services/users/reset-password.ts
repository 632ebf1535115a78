import "server-only";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "better-auth/crypto";
import { forgetFirstAdminFileFor } from "@/server/auth/first-admin-file";
import { passwordProblem, randomPassword } from "@/server/auth/password-policy";
import { ServiceError } from "@/server/services/lib/service-error";

export type TResetPasswordResult = { email: string; password: string; generated: boolean; sessionsRevoked: number };

/**
 * For someone who lost access (`studio users reset-password`): gives the user a new password (the one given,
 * or a random one), signs them out everywhere, and records it in the audit log (never the password). A stale
 * first-admin.txt for this user is deleted, so no start prints the old password again.
 */
export async function resetPassword(
  prisma: PrismaClient,
  input: { email: string; password?: string; actor: string; dataDir: string },
): Promise<TResetPasswordResult> {
  const email = input.email.trim().toLowerCase();
  const generated = input.password === undefined;
  const password = input.password ?? randomPassword();
  const problem = passwordProblem(password);
  if (problem) throw new ServiceError("invalid", problem);

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) throw new ServiceError("not-found", `There is no user with the email ${email}.`);

  // better-auth's own hash, so the password verifies through its sign-in.
  const hash = await hashPassword(password);
  const sessionsRevoked = await prisma.$transaction(async (tx) => {
    // Same lookup as better-auth's sign-in: the credential account whose accountId is the user id.
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential", accountId: user.id }, data: { password: hash } });
    if (updated.count === 0) await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "user.password-reset", subject: user.id, details: { email: user.email, sessionsRevoked: count } },
    });
    return count;
  });
  await forgetFirstAdminFileFor(input.dataDir, user.email);
  return { email: user.email, password, generated, sessionsRevoked };
}
