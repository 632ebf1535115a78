import "server-only";
import type { HelpdeskConnector } from "../contract";
import { createStudioClient } from "./client";
import { parseStudioDelivery } from "./parse-webhook";
import { studioFields, ZStudioSecretsSchema, ZStudioSettingsSchema, type TStudioSecrets, type TStudioSettings } from "./settings";
import { studioSetupGuide } from "./setup-guide";
import { verifyStudioDelivery } from "./verify";

/**
 * The studio's own channel as a connection: the sender's system posts tickets, messages and updates signed with a
 * per-connection secret, and, when it gives a callback address, takes the flows' effects back the same way.
 */
export const studioConnector: HelpdeskConnector<TStudioSettings, TStudioSecrets> = {
  kind: "studio",
  title: "Your own system",
  choiceLabel: "Your own system (signed webhook)",
  settingsSchema: ZStudioSettingsSchema,
  secretsSchema: ZStudioSecretsSchema,
  fields: studioFields,
  // The receiver is the sender's own service, with no published limit: enough for a busy queue, not a flood.
  requestsPerMinute: 600,
  sendsEffects: (settings) => settings.callbackUrl !== undefined,
  takesStudioNames: true,
  verify: verifyStudioDelivery,
  parse: (req) => parseStudioDelivery(req),
  client: createStudioClient,
  setupGuide: studioSetupGuide,
};
