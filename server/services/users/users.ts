import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { createPasswordUser } from "@/server/auth/users";
import type { Role } from "@/lib/auth/roles";
import { ServiceError } from "@/server/services/lib/service-error";

export function listUsers(prisma: PrismaClient) {
  return prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
}

/** An admin creates a user; the audit row never holds the password. */
export async function createUser(
  prisma: PrismaClient,
  input: { email: string; name: string; role: Role; password: string; actor: string },
) {
  try {
    const user = await createPasswordUser(prisma, input);
    await prisma.auditLog.create({ data: { actor: input.actor, action: "user.create", subject: user.id, details: { email: user.email, role: user.role } } });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ServiceError("conflict", `There is already a user with the email ${input.email}.`);
    }
    throw error;
  }
}

/** Changes a user's role and records before and after in the audit log, in one transaction. */
export async function changeRole(prisma: PrismaClient, input: { userId: string; role: Role; actor: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, email: true } });
    if (!before) throw new ServiceError("not-found", `There is no user with id "${input.userId}".`);
    const user = await tx.user.update({ where: { id: input.userId }, data: { role: input.role }, select: { id: true, email: true, role: true } });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "user.role-change", subject: user.id, details: { email: user.email, before: before.role, after: user.role } },
    });
    return user;
  });
}
