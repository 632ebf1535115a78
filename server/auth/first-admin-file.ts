import "server-only";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { verifyPassword } from "better-auth/crypto";
import { hasSignedIn } from "./sign-ins";

/**
 * $STUDIO_DATA_DIR/first-admin.txt: the first admin's email and password, kept (mode 0600, like auth-secret)
 * until that admin has signed in once, so credentials printed by a start that scrolled away are never lost.
 */
export const FIRST_ADMIN_FILE = "first-admin.txt";

export type TFirstAdminCredentials = { email: string; password: string };

// Values start at a fixed column, so a password with leading or trailing spaces reads back exactly.
const LABEL_WIDTH = 12;
const EMAIL_LABEL = "Email:";
const PASSWORD_LABEL = "Password:";

export function firstAdminFilePath(dataDir: string): string {
  return path.join(dataDir, FIRST_ADMIN_FILE);
}

export function formatFirstAdminFile(credentials: TFirstAdminCredentials, signInUrl: string): string {
  return [
    "The first admin of this Flow studio.",
    "",
    `${"Sign in at:".padEnd(LABEL_WIDTH)}${signInUrl}`,
    `${EMAIL_LABEL.padEnd(LABEL_WIDTH)}${credentials.email}`,
    `${PASSWORD_LABEL.padEnd(LABEL_WIDTH)}${credentials.password}`,
    "",
    "This file is deleted once this admin has signed in (and when their password is reset).",
    "Lost the password later? npm run studio -- users reset-password <email>",
    "",
  ].join("\n");
}

export function parseFirstAdminFile(text: string): TFirstAdminCredentials | null {
  const lines = text.split(/\r?\n/);
  const value = (label: string) => lines.find((line) => line.startsWith(label.padEnd(LABEL_WIDTH)))?.slice(LABEL_WIDTH);
  const email = value(EMAIL_LABEL)?.trim();
  const password = value(PASSWORD_LABEL);
  return email && password ? { email, password } : null;
}

/**
 * Written to a temporary file that is renamed over the old one, so a crash mid-write never leaves a half
 * file, and created 0600 so the password is never readable by others, not even for a moment.
 */
export async function writeFirstAdminFile(dataDir: string, credentials: TFirstAdminCredentials, signInUrl: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = firstAdminFilePath(dataDir);
  const temporary = path.join(dataDir, `.${FIRST_ADMIN_FILE}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, formatFirstAdminFile(credentials, signInUrl), { mode: 0o600, flag: "wx" });
    await chmod(temporary, 0o600); // whatever the umask
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return file;
}

/** The credentials in the file; null when there is none (or it no longer reads as one, e.g. edited by hand). */
export async function readFirstAdminFile(dataDir: string): Promise<TFirstAdminCredentials | null> {
  try {
    return parseFirstAdminFile(await readFile(firstAdminFilePath(dataDir), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function deleteFirstAdminFile(dataDir: string): Promise<void> {
  await rm(firstAdminFilePath(dataDir), { force: true });
}

/** Deletes the file when it is about this email (a sign-in or a password reset makes it obsolete). */
export async function forgetFirstAdminFileFor(dataDir: string, email: string): Promise<boolean> {
  const stored = await readFirstAdminFile(dataDir);
  if (stored?.email.toLowerCase() !== email.toLowerCase()) return false;
  await deleteFirstAdminFile(dataDir);
  return true;
}

/**
 * For every `npm start`: the first admin's credentials while they are still of use (that user exists, has never
 * signed in, and the password in the file is still theirs); otherwise the file is deleted and this is null.
 * Checking the password itself catches a reset made with another data dir or through better-auth.
 */
export async function firstAdminToShow(prisma: PrismaClient, dataDir: string): Promise<TFirstAdminCredentials | null> {
  const stored = await readFirstAdminFile(dataDir);
  if (!stored) return null;
  if (await stillUseful(prisma, stored)) return stored;
  await deleteFirstAdminFile(dataDir);
  return null;
}

async function stillUseful(prisma: PrismaClient, stored: TFirstAdminCredentials): Promise<boolean> {
  const user = await prisma.user.findUnique({
    where: { email: stored.email.toLowerCase() },
    select: { id: true, accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  if (!user || (await hasSignedIn(prisma, user.id))) return false;
  const hash = user.accounts[0]?.password;
  return hash ? verifyPassword({ hash, password: stored.password }) : false;
}
