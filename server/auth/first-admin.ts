import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { createPasswordUser } from "./users";

export const DEFAULT_ADMIN_EMAIL = "admin@studio.local";

/**
 * On an empty users table, creates the first admin (STUDIO_ADMIN_EMAIL / STUDIO_ADMIN_PASSWORD, or a random
 * password) so a fresh install can be signed into. Returns the credentials only when it created the user:
 * the password is shown once, in the start summary.
 */
export async function ensureFirstAdmin(
  prisma: PrismaClient,
  env: { STUDIO_ADMIN_EMAIL?: string; STUDIO_ADMIN_PASSWORD?: string; [key: string]: string | undefined } = process.env,
): Promise<{ email: string; password: string } | null> {
  if ((await prisma.user.count()) > 0) return null;
  const email = env.STUDIO_ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL;
  const password = env.STUDIO_ADMIN_PASSWORD || randomBytes(12).toString("base64url");
  await createPasswordUser(prisma, { email, name: "Admin", role: "admin", password });
  await prisma.auditLog.create({ data: { actor: "npm start", action: "user.create", subject: email, details: { email, role: "admin", firstAdmin: true } } });
  return { email, password };
}
