import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { getAuth } from "../auth/auth";
import { getPrisma } from "../db";
import { dataDir } from "../env";
import { resetPassword } from "../services/users/reset-password";
import { ensureFirstAdmin } from "./first-admin";
import { firstAdminFilePath, firstAdminToShow, readFirstAdminFile, writeFirstAdminFile } from "./first-admin-file";
import { FIRST_SIGN_IN_ACTION } from "./sign-ins";

const prisma = getPrisma();
const EMAIL = "first@studio.local";
// The sign-in hook deletes the file under the data dir the web app runs with: the test run's STUDIO_DATA_DIR.
const shared = dataDir();
let other: string;
// The database is shared with other test files: set their users aside and put them back afterwards.
let saved: Awaited<ReturnType<typeof prisma.user.findMany>> = [];
let savedAccounts: Awaited<ReturnType<typeof prisma.account.findMany>> = [];

beforeAll(async () => {
  other = mkdtempSync(path.join(os.tmpdir(), "first-admin-"));
  saved = await prisma.user.findMany();
  savedAccounts = await prisma.account.findMany();
  await prisma.user.deleteMany({ where: { id: { in: saved.map((u) => u.id) } } });
});

beforeEach(async () => {
  await prisma.user.deleteMany({ where: { email: EMAIL } });
  rmSync(firstAdminFilePath(shared), { force: true });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: EMAIL } });
  rmSync(firstAdminFilePath(shared), { force: true });
  rmSync(other, { recursive: true, force: true });
  // Their sessions were cascaded away (test files run one after another, each signing in for itself).
  for (const user of saved) await prisma.user.create({ data: user });
  for (const account of savedAccounts) await prisma.account.create({ data: account });
});

function signIn(password: string) {
  return getAuth().api.signInEmail({ body: { email: EMAIL, password } });
}

it("creates an admin on an empty users table, keeps the credentials in a 0600 file until the first sign-in, and only then", async () => {
  const env = { STUDIO_ADMIN_EMAIL: EMAIL, STUDIO_ADMIN_PASSWORD: "correct-horse-1", PORT: "4123" };
  const created = await ensureFirstAdmin(prisma, env, shared);
  expect(created).toEqual({ email: EMAIL, password: "correct-horse-1" });
  const user = await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } });
  expect(user).toMatchObject({ role: "admin" });
  expect(await prisma.auditLog.findFirst({ where: { action: "user.create", subject: user.id } })).toMatchObject({ actor: "npm start" });

  const file = firstAdminFilePath(shared);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(await readFirstAdminFile(shared)).toEqual(created);
  // Every start until the sign-in shows them again.
  expect(await firstAdminToShow(prisma, shared)).toEqual(created);
  expect(await firstAdminToShow(prisma, shared)).toEqual(created);

  // The sign-in itself deletes the file and remembers that this user has signed in.
  const session = await signIn("correct-horse-1");
  expect(session.user.email).toBe(EMAIL);
  expect(existsSync(file)).toBe(false);
  expect(await prisma.auditLog.count({ where: { action: FIRST_SIGN_IN_ACTION, subject: user.id } })).toBe(1);
  await signIn("correct-horse-1");
  expect(await prisma.auditLog.count({ where: { action: FIRST_SIGN_IN_ACTION, subject: user.id } })).toBe(1);

  expect(await firstAdminToShow(prisma, shared)).toBeNull();
  expect(await ensureFirstAdmin(prisma, {}, shared)).toBeNull();
  expect(existsSync(file)).toBe(false);
});

it("stops showing a file left elsewhere once the admin has signed in, even after every session is gone", async () => {
  // The web app ran with another data dir, so its sign-in could not delete this copy; then they signed out.
  const created = await ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: EMAIL, STUDIO_ADMIN_PASSWORD: "correct-horse-2" }, other);
  await signIn(created!.password);
  expect(existsSync(firstAdminFilePath(other))).toBe(true);
  await prisma.session.deleteMany({ where: { user: { email: EMAIL } } });

  expect(await firstAdminToShow(prisma, other)).toBeNull();
  expect(existsSync(firstAdminFilePath(other))).toBe(false);
});

it("deletes a file whose user no longer exists, and one whose password is no longer theirs", async () => {
  await writeFirstAdminFile(other, { email: "gone@studio.local", password: "whatever-123" }, "x");
  expect(await firstAdminToShow(prisma, other)).toBeNull();
  expect(existsSync(firstAdminFilePath(other))).toBe(false);

  // Reset from a shell whose data dir is not this one: the copy here still holds the old password.
  await ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: EMAIL, STUDIO_ADMIN_PASSWORD: "correct-horse-3" }, other);
  await resetPassword(prisma, { email: EMAIL, password: "brand-new-pass", actor: "test", dataDir: shared });
  expect(existsSync(firstAdminFilePath(other))).toBe(true);
  expect(await firstAdminToShow(prisma, other)).toBeNull();
  expect(existsSync(firstAdminFilePath(other))).toBe(false);
});

it("a password reset deletes the file it makes stale", async () => {
  await ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: EMAIL }, other);
  await resetPassword(prisma, { email: EMAIL, actor: "test", dataDir: other });
  expect(existsSync(firstAdminFilePath(other))).toBe(false);
});

it("makes up a password when none is configured, and refuses a configured one better-auth would refuse", async () => {
  const created = await ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: EMAIL }, other);
  expect(created?.password).toMatch(/^[\w-]{16}$/);
  expect((await readFirstAdminFile(other))?.password).toBe(created?.password);

  await prisma.user.deleteMany({ where: { email: EMAIL } });
  await expect(ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: EMAIL, STUDIO_ADMIN_PASSWORD: "short" }, other)).rejects.toThrow(
    "STUDIO_ADMIN_PASSWORD cannot be used: The password is too short: use at least 8 characters.",
  );
  expect(await prisma.user.count({ where: { email: EMAIL } })).toBe(0);
});
