import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";

/**
 * Seals a connection's secrets (a JSON object) with AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", base64url parts.
 * The connection's id is bound in as associated data, so a sealed value copied onto another connection does not open.
 */
export function sealSecrets(key: Buffer, connectionId: string, secrets: Record<string, unknown>): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(connectionId));
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** Opens what sealSecrets sealed; throws SecretsUnreadable when the key or the connection differ, or the value was altered. */
export function openSecrets(key: Buffer, connectionId: string, sealed: string): Record<string, unknown> {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretsUnreadable();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(connectionId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const text = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new SecretsUnreadable();
  }
}

export class SecretsUnreadable extends Error {
  override readonly name = "SecretsUnreadable";
  constructor() {
    super("The saved secrets cannot be opened with this workspace's key (STUDIO_SECRET_KEY or secret.key changed); enter them again.");
  }
}
