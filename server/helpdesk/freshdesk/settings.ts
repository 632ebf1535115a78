import "server-only";
import { z } from "zod";
import type { ConnectionField } from "../contract";

/** "acme", "acme.freshdesk.com" or "https://acme.freshdesk.com/a/tickets" all name the helpdesk acme.freshdesk.com. */
function helpdeskHostOf(input: string): string {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/[/?#].*$/, "");
  return host.includes(".") ? host : `${host}.freshdesk.com`;
}

export const ZFreshdeskSettingsSchema = z.object({
  domain: z
    .string()
    .trim()
    .min(1, "Freshdesk address: type the address you open Freshdesk at, e.g. acme.freshdesk.com")
    .transform(helpdeskHostOf)
    .refine((host) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(host), {
      message: "Freshdesk address: use the address you open Freshdesk at, e.g. acme.freshdesk.com",
    }),
  /**
   * Replaces `https://<domain>` as the API's origin (the client adds /api/v2). For tests, which point the client at a
   * local fake, and for a proxy in front of Freshdesk; empty for everyone else.
   */
  baseUrl: z
    .string()
    .trim()
    .url("API address: a full address such as https://proxy.example.com")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type TFreshdeskSettings = z.output<typeof ZFreshdeskSettingsSchema>;

export const ZFreshdeskSecretsSchema = z.object({
  apiKey: z.string().trim().min(1, "API key: copy it from your Freshdesk profile settings"),
  /** Freshdesk's automation webhooks are not signed; this shared value, sent as a custom header, is what proves a delivery. */
  webhookSecret: z
    .string()
    .trim()
    .min(32, "Webhook secret: use a long random value of at least 32 characters (a password manager can make one)"),
});
export type TFreshdeskSecrets = z.output<typeof ZFreshdeskSecretsSchema>;

/** The header each rule's "Trigger webhook" action sends the webhook secret in. */
export const FRESHDESK_SECRET_HEADER = "X-Studio-Webhook-Secret";

export const freshdeskFields: ConnectionField[] = [
  {
    key: "domain",
    label: "Freshdesk address",
    secret: false,
    placeholder: "acme.freshdesk.com",
    help: "The address you open Freshdesk at, as your browser's address bar shows it when you are signed in to Freshdesk.",
  },
  {
    key: "apiKey",
    label: "API key",
    secret: true,
    help:
      "In Freshdesk, click your profile picture (top right) → Profile settings → View API key. " +
      "Replies and notes the studio sends appear under that agent's name, so a dedicated agent such as \"Studio automation\" works best.",
  },
  {
    key: "webhookSecret",
    label: "Webhook secret",
    secret: true,
    generated: true,
    help:
      `A long random value (at least 32 characters) that only the studio and your Freshdesk rules know. Keep a copy until ` +
      `you have pasted it into each rule's webhook as the custom header ${FRESHDESK_SECRET_HEADER}; the studio never shows it again.`,
  },
  {
    key: "baseUrl",
    label: "API address (advanced)",
    secret: false,
    placeholder: "leave empty",
    help: "Leave empty. Only when your company sends Freshdesk traffic through its own proxy: that proxy's address.",
  },
];

/** The API's root, e.g. https://acme.freshdesk.com/api/v2. */
export function freshdeskApiBase(settings: TFreshdeskSettings): string {
  return `${settings.baseUrl ?? `https://${settings.domain}`}/api/v2`;
}
