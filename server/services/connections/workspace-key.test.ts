import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { workspaceKey } from "./workspace-key";

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "studio-key-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("workspaceKey", () => {
  it("makes secret.key on first use, readable by its owner only, and gives the same key after", () => {
    const dir = freshDir();
    const key = workspaceKey({}, dir);
    expect(key).toHaveLength(32);
    const file = path.join(dir, "secret.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, "utf8").trim(), "base64").equals(key)).toBe(true);
    expect(workspaceKey({}, dir).equals(key)).toBe(true);
  });

  it("reads a key another process left in the data dir", () => {
    const dir = freshDir();
    const key = Buffer.alloc(32, 7);
    writeFileSync(path.join(dir, "secret.key"), key.toString("base64") + "\n");
    expect(workspaceKey({}, dir).equals(key)).toBe(true);
  });

  it("takes STUDIO_SECRET_KEY as base64 or hex over the file, and refuses a key of the wrong length", () => {
    const dir = freshDir();
    const key = Buffer.alloc(32, 9);
    expect(workspaceKey({ STUDIO_SECRET_KEY: key.toString("base64") }, dir).equals(key)).toBe(true);
    expect(workspaceKey({ STUDIO_SECRET_KEY: key.toString("hex") }, dir).equals(key)).toBe(true);
    expect(() => workspaceKey({ STUDIO_SECRET_KEY: Buffer.alloc(16).toString("base64") }, dir)).toThrow(/32-byte key/);
  });
});
