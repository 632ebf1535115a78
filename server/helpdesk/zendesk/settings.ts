import "server-only";
import { z } from "zod";
import type { ConnectionField } from "../contract";

/**
 * What an admin may type for the account: "acme", "acme.zendesk.com" or "https://acme.zendesk.com/agent/..." all
 * name the same account, so the schema keeps only the subdomain.
 */
const ZSubdomainSchema = z
  .string()
  .trim()
  .transform((typed) => typed.replace(/^https?:\/\//i, "").split("/")[0]!.replace(/\.zendesk\.com$/i, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "Type the first part of your Zendesk address, e.g. acme for acme.zendesk.com"));

export const ZZendeskSettingsSchema = z.object({
  subdomain: ZSubdomainSchema,
  /** The agent the API token belongs to; the studio's replies and notes appear under this agent's name. */
  agentEmail: z.string().trim().toLowerCase().pipe(z.email("Type the email address the studio's Zendesk agent signs in with")),
  /**
   * Overrides https://<subdomain>.zendesk.com: for tests against a local server and for a proxy in front of Zendesk.
   * The API lives under <baseUrl>/api/v2, as on Zendesk itself.
   */
  baseUrl: z
    .url({ protocol: /^https?$/, error: "Type a full address starting with https://, or leave it empty" })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
});
export type TZendeskSettings = z.infer<typeof ZZendeskSettingsSchema>;

export const ZZendeskSecretsSchema = z.object({
  apiToken: z.string().trim().min(1, "Paste the API token from Zendesk"),
  webhookSecret: z.string().trim().min(1, "Paste the webhook's signing secret from Zendesk"),
});
export type TZendeskSecrets = z.infer<typeof ZZendeskSecretsSchema>;

export const ZENDESK_FIELDS: ConnectionField[] = [
  {
    key: "subdomain",
    label: "Account address",
    secret: false,
    placeholder: "acme.zendesk.com",
    help: "The address you open Zendesk at. The part before .zendesk.com is enough.",
  },
  {
    key: "agentEmail",
    label: "Studio agent's email",
    secret: false,
    placeholder: "support-bot@acme.com",
    help:
      "The Zendesk agent the studio acts as: its replies, notes and changes appear under this agent. A dedicated agent " +
      "(for example \"Support bot\") keeps them apart from your team's, and lets the triggers ignore the studio's own changes.",
  },
  {
    key: "apiToken",
    label: "API token",
    secret: true,
    help: "In Zendesk: Admin Center → Apps and integrations → APIs → API tokens → Add API token. Copy it before closing the window; Zendesk shows it once.",
  },
  {
    key: "webhookSecret",
    label: "Webhook signing secret",
    secret: true,
    help: "In Zendesk: Admin Center → Apps and integrations → Webhooks → the studio's webhook → Signing secret → Reveal secret.",
  },
  {
    key: "baseUrl",
    label: "API address (advanced)",
    secret: false,
    placeholder: "leave empty",
    help: "Leave empty. Only when your company sends Zendesk traffic through its own proxy: that proxy's address.",
  },
];

/** Where the account's API lives, e.g. https://acme.zendesk.com/api/v2. */
export function zendeskApiUrl(settings: TZendeskSettings): string {
  return `${settings.baseUrl ?? `https://${settings.subdomain}.zendesk.com`}/api/v2`;
}

/** The account as people know it: "acme.zendesk.com". */
export function zendeskAccountName(settings: TZendeskSettings): string {
  return `${settings.subdomain}.zendesk.com`;
}
