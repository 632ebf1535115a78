import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getAuth } from "../../server/auth/auth";
import { createPasswordUser } from "../../server/auth/users";
import { getPrisma } from "../../server/db";
import { studio, studioWithStdin } from "../run-studio";

/** `studio users …` as a person runs it, against the test database (the child process inherits DATABASE_URL). */
const prisma = getPrisma();

function uniqueEmail(name: string): string {
  return `${name}-${randomUUID().slice(0, 8)}@test.local`;
}

/** The HTTP status better-auth's sign-in answers with: 200 signed in, 401 wrong email or password. */
async function signInStatus(email: string, password: string): Promise<number> {
  const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  return response.status;
}

async function userWithSession(email: string, password: string) {
  const user = await createPasswordUser(prisma, { email, name: "Lost", role: "designer", password });
  expect(await signInStatus(email, password)).toBe(200);
  return user;
}

describe("studio users reset-password", () => {
  it("prints a new password that signs in; the old one no longer does and every session is signed out", async () => {
    const email = uniqueEmail("lost");
    const user = await userWithSession(email, "old-password-1");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);

    // Typed as the person remembers it: the email's case does not matter.
    const run = await studio("users", "reset-password", email.toUpperCase());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Password reset for ${email}.`);
    expect(run.stdout).toContain("1 session was signed out.");
    const password = /^New password: (\S+)$/m.exec(run.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{16}$/);

    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signInStatus(email, password!)).toBe(200);
    expect(await signInStatus(email, "old-password-1")).toBe(401);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.password-reset", subject: user.id } });
    expect(audit).toMatchObject({ actor: "cli", details: { email, sessionsRevoked: 1 } });
    expect(JSON.stringify(audit.details)).not.toContain(password);
  });

  it("takes the new password from stdin with --stdin, and does not print it", async () => {
    const email = uniqueEmail("piped");
    await userWithSession(email, "old-password-2");

    const run = await studioWithStdin("chosen by me 42\n", "users", "reset-password", email, "--stdin");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("chosen by me 42");
    expect(await signInStatus(email, "chosen by me 42")).toBe(200);
    expect(await signInStatus(email, "old-password-2")).toBe(401);
  });

  it("refuses a password better-auth would refuse, and changes nothing", async () => {
    const email = uniqueEmail("short");
    await userWithSession(email, "old-password-3");

    const run = await studioWithStdin("short\n", "users", "reset-password", email, "--stdin");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The password is too short: use at least 8 characters.");
    expect(await signInStatus(email, "old-password-3")).toBe(200);
  });

  it("says so, and exits 1, for an email nobody has", async () => {
    const run = await studio("users", "reset-password", "nobody@test.local");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("There is no user with the email nobody@test.local.");
    expect(run.stdout).toBe("");
  });
});

describe("studio users create", () => {
  it("creates a user with the role who signs in with the printed password, and refuses the same email again", async () => {
    const email = uniqueEmail("new");
    const run = await studio("users", "create", email, "--role", "publisher", "--name", "Pat Doe");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Created ${email} (Pat Doe) with the publisher role.`);
    const password = /^Password: (\S+)$/m.exec(run.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{16}$/);

    const response = await getAuth().api.signInEmail({ body: { email, password: password! } });
    expect(response.user).toMatchObject({ email, name: "Pat Doe", role: "publisher" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await prisma.auditLog.findFirst({ where: { action: "user.create", subject: user.id } })).toMatchObject({
      actor: "cli",
      details: { email, role: "publisher" },
    });

    const again = await studio("users", "create", email, "--role", "agent");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`There is already a user with the email ${email}.`);
    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "publisher" });
  });

  it("takes the password from stdin, and names the user after the email by default", async () => {
    const email = uniqueEmail("scripted");
    const run = await studioWithStdin("set-up-password-1", "users", "create", email, "--role", "agent", "--stdin");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("set-up-password-1");
    const response = await getAuth().api.signInEmail({ body: { email, password: "set-up-password-1" } });
    expect(response.user).toMatchObject({ role: "agent", name: email.split("@")[0] });
  });

  it("refuses an unknown role with the list of roles, and creates nothing", async () => {
    const email = uniqueEmail("wizard");
    const run = await studio("users", "create", email, "--role", "wizard");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('There is no role "wizard": use one of admin, designer, publisher, agent, manager.');
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});

it("studio users list shows every user with their role", async () => {
  const email = uniqueEmail("listed");
  await createPasswordUser(prisma, { email, name: "Listed Person", role: "manager", password: "password-listed" });
  const run = await studio("users", "list");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`^${email.replace(/[.]/g, "\\.")}\\s+manager\\s+Listed Person$`, "m"));
});
