import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The environment variable the web process reads the generic ticket webhook's signing secret from. */
export const WEBHOOK_SECRET_ENV = "STUDIO_WEBHOOK_SECRET";

/** Where `npm start` keeps the secret it generated, in the data dir beside the auth secret. */
export function webhookSecretFile(dataDir: string): string {
  return path.join(dataDir, "webhook-secret");
}

export interface WebhookSecret {
  secret: string;
  /** Where it came from, for the start banner: the variable's name or the file's path. */
  where: string;
}

/**
 * The secret senders sign the generic ticket webhooks with, as a client of the running studio finds it:
 * STUDIO_WEBHOOK_SECRET, else the one `npm start` kept in the data dir; null when neither exists yet.
 */
export function findWebhookSecret(dataDir: string, env: Record<string, string | undefined> = process.env): WebhookSecret | null {
  const fromEnv = env[WEBHOOK_SECRET_ENV]?.trim();
  if (fromEnv) return { secret: fromEnv, where: WEBHOOK_SECRET_ENV };
  const file = webhookSecretFile(dataDir);
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return { secret: stored, where: file };
  } catch {
    // Not made yet.
  }
  return null;
}

/**
 * The secret `npm start` hands the web app: STUDIO_WEBHOOK_SECRET, or one generated once and kept in the data dir
 * (0600), so a restart keeps the senders' secret and the webhooks are never open for want of one.
 */
export function ensureWebhookSecret(dataDir: string, env: Record<string, string | undefined> = process.env): WebhookSecret {
  const found = findWebhookSecret(dataDir, env);
  if (found) return found;
  const file = webhookSecretFile(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "wx" fails if another process won the race; then its secret is the one to use.
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch {
    const stored = readFileSync(file, "utf8").trim();
    // A file the studio did not make (empty, a typo) is no secret to sign with: it is replaced.
    if (stored.length >= 32) return { secret: stored, where: file };
    writeFileSync(file, secret, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return { secret, where: file };
}
