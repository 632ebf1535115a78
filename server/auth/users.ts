import "server-only";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "../../lib/auth/roles";

/**
 * Creates a user who signs in with email and password: the user row plus better-auth's "credential" account
 * (its accountId is the user id, as better-auth's own sign-up writes it). Public sign-up is off, so admins
 * (and the first-admin step of `npm start`) come through here.
 */
export async function createPasswordUser(
  prisma: PrismaClient,
  input: { email: string; name: string; role: Role; password: string },
): Promise<{ id: string; email: string; name: string; role: Role }> {
  const hash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email.toLowerCase(), name: input.name, role: input.role, emailVerified: true },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
    return user;
  });
}
