import "server-only";
import type { HelpdeskConnector } from "../contract";
import { createIntercomClient } from "./client";
import { parseIntercomWebhook } from "./parse-webhook";
import { INTERCOM_FIELDS, ZIntercomSecretsSchema, ZIntercomSettingsSchema, type TIntercomSecrets, type TIntercomSettings } from "./settings";
import { intercomSetupGuide } from "./setup-guide";
import { verifyIntercomDelivery } from "./verify";

/** Intercom: signed webhook notifications in, the official SDK out, acting as one teammate of the workspace. */
export const intercomConnector: HelpdeskConnector<TIntercomSettings, TIntercomSecrets> = {
  kind: "intercom",
  title: "Intercom",
  settingsSchema: ZIntercomSettingsSchema,
  secretsSchema: ZIntercomSecretsSchema,
  fields: INTERCOM_FIELDS,
  // Intercom allows an app 10,000 calls a minute, counted in 10-second windows: a little under it, with the studio's
  // burst of a sixth of the rate, never trips one window.
  requestsPerMinute: 9_000,
  verify: verifyIntercomDelivery,
  parse: parseIntercomWebhook,
  client: (settings, secrets, options) => createIntercomClient(settings, secrets, { fetch: options?.fetch }),
  setupGuide: intercomSetupGuide,
};
