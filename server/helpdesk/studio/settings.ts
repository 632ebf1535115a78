import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { ConnectionField } from "../contract";

/** The headers that sign a delivery, both ways: the sender's system to the studio, and the studio to the callback. */
export const STUDIO_TIMESTAMP_HEADER = "X-Studio-Timestamp";
export const STUDIO_SIGNATURE_HEADER = "X-Studio-Signature";

export const ZStudioSettingsSchema = z.object({
  /**
   * Where the studio sends a ticket's effects (replies, notes, assignment, tags, priority, status) as signed JSON
   * POSTs. Without one the connection is inbound only: the flows' effects stay in the studio, as for the chat widget.
   */
  callbackUrl: z
    .string()
    .trim()
    .url("Callback address: a full address such as https://support.example.com/studio-callback")
    .refine((url) => /^https?:\/\//i.test(url), { message: "Callback address: it must start with https:// (or http:// inside your network)" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type TStudioSettings = z.output<typeof ZStudioSettingsSchema>;

/** 32 random bytes, base64url: the same length the form's "Generate" button makes. */
export function newSigningSecret(): string {
  return randomBytes(32).toString("base64url");
}

export const ZStudioSecretsSchema = z.object({
  /**
   * Signs every delivery both ways. Left empty on a new connection, the studio makes one up; the admin sees it once,
   * right after saving, and copies it into the sending system.
   */
  signingSecret: z
    .string()
    .trim()
    .min(32, "Signing secret: use a long random value of at least 32 characters, or leave it empty and the studio makes one")
    .default(newSigningSecret),
});
export type TStudioSecrets = z.output<typeof ZStudioSecretsSchema>;

export const studioFields: ConnectionField[] = [
  {
    key: "callbackUrl",
    label: "Callback address",
    secret: false,
    placeholder: "https://support.example.com/studio-callback (optional)",
    help:
      "Where the studio posts the flows' replies, notes, assignments, tags, priority and status for your system to deliver. " +
      "Leave empty to keep them in the studio (inbound only).",
  },
  {
    key: "signingSecret",
    label: "Signing secret",
    secret: true,
    generated: true,
    help:
      "Signs every request both ways (HMAC-SHA256). Leave empty and the studio makes one, shown once right after saving; " +
      "copy it into your system then, because the studio never shows it again.",
  },
];
