import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "../../env";

const KEY_BYTES = 32;
const KEY_FILE = "secret.key";

/**
 * The key that seals connection secrets: STUDIO_SECRET_KEY (32 bytes as base64 or hex) when set, so several web
 * and worker machines share it; else `secret.key` in the data dir, made on first use and readable by its owner
 * only. Losing it loses the saved secrets (they must be entered again), never the rest of the data.
 */
export function workspaceKey(env: Record<string, string | undefined> = process.env, dir = dataDir()): Buffer {
  const configured = env.STUDIO_SECRET_KEY?.trim();
  // Read once per process: every webhook delivery and every widget poll asks for it.
  const memo = `${configured ?? ""}\u0000${dir}`;
  let key = known.get(memo);
  if (key === undefined) known.set(memo, (key = readKey(configured, dir)));
  return key;
}

const known = new Map<string, Buffer>();

function readKey(configured: string | undefined, dir: string): Buffer {
  if (configured) return parseKey(configured);
  const file = path.join(dir, KEY_FILE);
  try {
    return parseKey(readFileSync(file, "utf8").trim(), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  // "wx": two processes starting together must not each write a different key; the loser reads the winner's.
  try {
    writeFileSync(file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return parseKey(readFileSync(file, "utf8").trim(), file);
  }
}

function parseKey(text: string, where = "STUDIO_SECRET_KEY"): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  if (key.length !== KEY_BYTES) throw new Error(`${where} must hold a 32-byte key as base64 or 64 hex digits (for example: openssl rand -base64 32)`);
  return key;
}
