import { afterAll, beforeAll, expect, it } from "vitest";
import { getAuth } from "../auth/auth";
import { getPrisma } from "../db";
import { ensureFirstAdmin } from "./first-admin";

const prisma = getPrisma();
// The database is shared with other test files: set their users aside and put them back afterwards.
let saved: Awaited<ReturnType<typeof prisma.user.findMany>> = [];
let savedAccounts: Awaited<ReturnType<typeof prisma.account.findMany>> = [];

beforeAll(async () => {
  saved = await prisma.user.findMany();
  savedAccounts = await prisma.account.findMany();
  await prisma.user.deleteMany({ where: { id: { in: saved.map((u) => u.id) } } });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: "first@studio.local" } });
  // Their sessions were cascaded away (test files run one after another, each signing in for itself).
  for (const user of saved) await prisma.user.create({ data: user });
  for (const account of savedAccounts) await prisma.account.create({ data: account });
});

it("creates an admin on an empty users table, who can sign in, and only then", async () => {
  const created = await ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: "first@studio.local", STUDIO_ADMIN_PASSWORD: "correct-horse-1" });
  expect(created).toEqual({ email: "first@studio.local", password: "correct-horse-1" });
  expect(await prisma.user.findUniqueOrThrow({ where: { email: "first@studio.local" } })).toMatchObject({ role: "admin" });

  const session = await getAuth().api.signInEmail({ body: { email: "first@studio.local", password: "correct-horse-1" } });
  expect(session.user.email).toBe("first@studio.local");
  expect(await ensureFirstAdmin(prisma, {})).toBeNull();
});

it("makes up a password when none is configured", async () => {
  await prisma.user.deleteMany({ where: { email: "first@studio.local" } });
  const created = await ensureFirstAdmin(prisma, { STUDIO_ADMIN_EMAIL: "first@studio.local" });
  expect(created?.password).toMatch(/^[\w-]{16}$/);
});
