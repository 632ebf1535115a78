import "server-only";
import type { HelpdeskConnector } from "../contract";
import { zendeskClient } from "./client";
import { parseZendeskWebhook } from "./parse-webhook";
import { ZENDESK_FIELDS, ZZendeskSecretsSchema, ZZendeskSettingsSchema, type TZendeskSecrets, type TZendeskSettings } from "./settings";
import { zendeskSetupGuide } from "./setup-guide";
import { verifyZendeskWebhook } from "./verify";

/** Zendesk: trigger webhooks in (signed), ticket updates out through node-zendesk. */
export const zendeskConnector: HelpdeskConnector<TZendeskSettings, TZendeskSecrets> = {
  kind: "zendesk",
  title: "Zendesk",
  settingsSchema: ZZendeskSettingsSchema,
  secretsSchema: ZZendeskSecretsSchema,
  fields: ZENDESK_FIELDS,
  // Nearly every call is an Update Ticket, which Zendesk limits to 100 a minute per account whatever the plan.
  requestsPerMinute: 90,
  verify: verifyZendeskWebhook,
  parse: parseZendeskWebhook,
  client: zendeskClient,
  setupGuide: zendeskSetupGuide,
};
