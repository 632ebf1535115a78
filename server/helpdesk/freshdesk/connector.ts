import "server-only";
import type { HelpdeskConnector } from "../contract";
import { createFreshdeskClient } from "./client";
import { parseFreshdeskDelivery } from "./parse-webhook";
import {
  freshdeskFields,
  ZFreshdeskSecretsSchema,
  ZFreshdeskSettingsSchema,
  type TFreshdeskSecrets,
  type TFreshdeskSettings,
} from "./settings";
import { freshdeskSetupGuide } from "./setup-guide";
import { verifyFreshdeskDelivery } from "./verify";

/**
 * Freshdesk: automation rules send ticket events to the studio's webhook (authenticated by a shared secret header),
 * and the flow's effects go out through the v2 REST API.
 */
export const freshdeskConnector: HelpdeskConnector<TFreshdeskSettings, TFreshdeskSecrets> = {
  kind: "freshdesk",
  title: "Freshdesk",
  settingsSchema: ZFreshdeskSettingsSchema,
  secretsSchema: ZFreshdeskSecretsSchema,
  fields: freshdeskFields,
  // Freshdesk's per-minute API limit is per account and shared with the agents' own apps; the studio keeps well under
  // the smallest paid plan's.
  requestsPerMinute: 100,
  verify: verifyFreshdeskDelivery,
  parse: (req) => parseFreshdeskDelivery(req),
  client: createFreshdeskClient,
  setupGuide: freshdeskSetupGuide,
};
