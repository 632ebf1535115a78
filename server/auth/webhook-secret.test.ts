import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureWebhookSecret, findWebhookSecret, webhookSecretFile } from "./webhook-secret";

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "webhook-secret-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the ticket webhook's secret", () => {
  it("is generated once into the data dir (owner-only) and kept across starts", () => {
    const dir = freshDir();
    expect(findWebhookSecret(dir, {})).toBeNull();
    const first = ensureWebhookSecret(dir, {});
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(first.where).toBe(webhookSecretFile(dir));
    expect(statSync(first.where).mode & 0o777).toBe(0o600);
    expect(ensureWebhookSecret(dir, {})).toEqual(first);
    expect(findWebhookSecret(dir, {})).toEqual(first);
    expect(readFileSync(first.where, "utf8")).toBe(first.secret);
  });

  it("comes from STUDIO_WEBHOOK_SECRET when set, and then nothing is written", () => {
    const dir = freshDir();
    const chosen = ensureWebhookSecret(dir, { STUDIO_WEBHOOK_SECRET: " chosen-secret-value " });
    expect(chosen).toEqual({ secret: "chosen-secret-value", where: "STUDIO_WEBHOOK_SECRET" });
    expect(findWebhookSecret(dir, {})).toBeNull();
  });

  it("does not sign with a file too short to be one the studio made: start replaces it", () => {
    const dir = freshDir();
    writeFileSync(webhookSecretFile(dir), "short");
    expect(findWebhookSecret(dir, {})).toBeNull();
    const made = ensureWebhookSecret(dir, {});
    expect(made.secret.length).toBeGreaterThanOrEqual(32);
    expect(findWebhookSecret(dir, {})).toEqual(made);
  });
});
