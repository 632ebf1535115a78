import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  firstAdminFilePath,
  forgetFirstAdminFileFor,
  parseFirstAdminFile,
  readFirstAdminFile,
  writeFirstAdminFile,
} from "./first-admin-file";
import { passwordProblem, randomPassword } from "./password-policy";

const parent = mkdtempSync(path.join(os.tmpdir(), "first-admin-file-"));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe("first-admin.txt", () => {
  it("is written 0600, says where to sign in, and reads back exactly, leaving no temporary file", async () => {
    const dir = path.join(parent, "a", "data"); // not there yet
    const file = await writeFirstAdminFile(dir, { email: "boss@studio.local", password: " spaced out pass " }, "http://127.0.0.1:4100/sign-in");
    expect(file).toBe(firstAdminFilePath(dir));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("http://127.0.0.1:4100/sign-in");
    expect(text).toContain("deleted once this admin has signed in");
    expect(await readFirstAdminFile(dir)).toEqual({ email: "boss@studio.local", password: " spaced out pass " });
    expect(readdirSync(dir)).toEqual(["first-admin.txt"]);
  });

  it("replaces an older file, including one that was readable by others", async () => {
    const dir = path.join(parent, "b");
    await writeFirstAdminFile(dir, { email: "old@studio.local", password: "old-password-1" }, "x");
    writeFileSync(firstAdminFilePath(dir), "Email:      old@studio.local\nPassword:   old-password-1\n");
    chmodSync(firstAdminFilePath(dir), 0o644);
    await writeFirstAdminFile(dir, { email: "new@studio.local", password: "new-password-1" }, "x");
    expect(statSync(firstAdminFilePath(dir)).mode & 0o777).toBe(0o600);
    expect(await readFirstAdminFile(dir)).toEqual({ email: "new@studio.local", password: "new-password-1" });
  });

  it("reads as nothing when missing or unreadable as credentials", async () => {
    expect(await readFirstAdminFile(path.join(parent, "none"))).toBeNull();
    expect(parseFirstAdminFile("Email: someone\n")).toBeNull();
  });

  it("is forgotten only for its own email (in any case)", async () => {
    const dir = path.join(parent, "c");
    await writeFirstAdminFile(dir, { email: "boss@studio.local", password: "password-123" }, "x");
    expect(await forgetFirstAdminFileFor(dir, "someone-else@studio.local")).toBe(false);
    expect(await readFirstAdminFile(dir)).not.toBeNull();
    expect(await forgetFirstAdminFileFor(dir, "Boss@Studio.local")).toBe(true);
    expect(await readFirstAdminFile(dir)).toBeNull();
  });
});

describe("password policy", () => {
  it("refuses short, overlong and multi-line passwords in words, and makes up good ones", () => {
    expect(passwordProblem("short")).toBe("The password is too short: use at least 8 characters.");
    expect(passwordProblem("x".repeat(129))).toBe("The password is too long: use at most 128 characters.");
    expect(passwordProblem("two\nlines-here")).toBe("The password must be on one line.");
    expect(passwordProblem("long-enough")).toBeNull();
    const made = randomPassword();
    expect(made).toMatch(/^[\w-]{16}$/);
    expect(passwordProblem(made)).toBeNull();
    expect(randomPassword()).not.toBe(made);
  });
});
