import "server-only";
import { z } from "zod";
import type { ConnectionField } from "../contract";

/** Intercom hosts each workspace in one region; the API lives on that region's host. */
export const INTERCOM_REGIONS = { us: "https://api.intercom.io", eu: "https://api.eu.intercom.io", au: "https://api.au.intercom.io" } as const;
export type TIntercomRegion = keyof typeof INTERCOM_REGIONS;

// The connection form sends every value as text; an empty box means "not set".
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

export const ZIntercomSettingsSchema = z.object({
  region: z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim().toLowerCase()) : v),
    z.enum(["us", "eu", "au"], { error: "Region must be us, eu or au (where your Intercom workspace is hosted)" }).default("us"),
  ),
  /** The teammate the studio replies, notes and closes as; their own actions are not fed back into runs. */
  adminId: z.preprocess(
    (v) => blankToUndefined(typeof v === "number" ? String(v) : trimmed(v)),
    z.string().regex(/^\d+$/, "The admin id is a number, e.g. 5017691").optional(),
  ),
  /** How long "pending" snoozes a conversation before Intercom reopens it. */
  snoozeHours: z.preprocess(
    blankToUndefined,
    z.coerce.number().int("Snooze hours must be a whole number").min(1, "Snooze for at least 1 hour").max(24 * 90, "Snooze for at most 90 days").default(24),
  ),
  /** Replaces the region's API host: for tests against a local server and for self-hosted proxies in front of Intercom. */
  baseUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "The API address must start with http:// or https://" }).optional()),
});
export type TIntercomSettings = z.infer<typeof ZIntercomSettingsSchema>;

export const ZIntercomSecretsSchema = z.object({
  accessToken: z.string().trim().min(1, "Paste the access token from your app's Authentication page"),
  clientSecret: z.string().trim().min(1, "Paste the client secret from your app's Basic information page"),
});
export type TIntercomSecrets = z.infer<typeof ZIntercomSecretsSchema>;

export function intercomApiBase(settings: TIntercomSettings): string {
  return (settings.baseUrl ?? INTERCOM_REGIONS[settings.region]).replace(/\/+$/, "");
}

export const INTERCOM_FIELDS: ConnectionField[] = [
  {
    key: "region",
    label: "Region",
    secret: false,
    placeholder: "us",
    help: "Where your Intercom workspace is hosted: us, eu or au. Most workspaces are us; EU and Australian ones say so under Settings → Workspace → General.",
  },
  {
    key: "adminId",
    label: "Teammate to act as (admin id)",
    secret: false,
    placeholder: "5017691",
    help: "The teammate whose name appears on the studio's replies, notes and closes. Leave empty to use the owner of the access token: Test connection shows their id. Their own actions in Intercom are not sent back to flows.",
  },
  {
    key: "snoozeHours",
    label: "Snooze for (hours)",
    secret: false,
    placeholder: "24",
    help: "When a flow sets a conversation to pending, Intercom snoozes it for this long and then reopens it.",
  },
  {
    key: "baseUrl",
    label: "API address (advanced)",
    secret: false,
    placeholder: "Leave empty",
    help: "Only if your company routes Intercom calls through its own proxy: the address that replaces https://api.intercom.io.",
  },
  {
    key: "accessToken",
    label: "Access token",
    secret: true,
    help: "In Intercom's Developer Hub, open your app → Configure → Authentication and copy the access token.",
  },
  {
    key: "clientSecret",
    label: "Client secret",
    secret: true,
    help: "In the Developer Hub, open your app → Configure → Basic information and copy the client secret. Intercom signs every webhook with it.",
  },
];
