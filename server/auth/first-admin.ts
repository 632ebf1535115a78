import "server-only";
import type { PrismaClient } from "@prisma/client";
import { writeFirstAdminFile, type TFirstAdminCredentials } from "./first-admin-file";
import { passwordProblem, randomPassword } from "./password-policy";
import { createPasswordUser } from "./users";

export const DEFAULT_ADMIN_EMAIL = "admin@studio.local";

type Env = { STUDIO_ADMIN_EMAIL?: string; STUDIO_ADMIN_PASSWORD?: string; PORT?: string; BETTER_AUTH_URL?: string; [key: string]: string | undefined };

/**
 * On an empty users table, creates the first admin (STUDIO_ADMIN_EMAIL / STUDIO_ADMIN_PASSWORD, or a random
 * password) so a fresh install can be signed into, and keeps the credentials in <dataDir>/first-admin.txt until
 * that admin signs in (firstAdminToShow). Returns them only when it created the user.
 */
export async function ensureFirstAdmin(prisma: PrismaClient, env: Env, dataDir: string): Promise<TFirstAdminCredentials | null> {
  if ((await prisma.user.count()) > 0) return null;
  const email = (env.STUDIO_ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL).toLowerCase();
  const password = env.STUDIO_ADMIN_PASSWORD || randomPassword();
  const problem = passwordProblem(password);
  if (problem) throw new Error(`STUDIO_ADMIN_PASSWORD cannot be used: ${problem}`);
  // The file first: if it cannot be written, no user exists yet and the next start tries again; the other way
  // round, a failed write would leave an admin nobody knows the password of.
  await writeFirstAdminFile(dataDir, { email, password }, `${signInBase(env)}/sign-in`);
  const user = await createPasswordUser(prisma, { email, name: "Admin", role: "admin", password });
  await prisma.auditLog.create({ data: { actor: "npm start", action: "user.create", subject: user.id, details: { email, role: "admin", firstAdmin: true } } });
  return { email, password };
}

/** Where the web app answers, as auth.ts sees it (the start script sets PORT before it gets here). */
function signInBase(env: Env): string {
  return (env.BETTER_AUTH_URL ?? `http://127.0.0.1:${env.PORT ?? "3000"}`).replace(/\/+$/, "");
}
