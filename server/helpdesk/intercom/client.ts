import "server-only";
import { IntercomClient } from "intercom-client";
import type { z } from "zod";
import type { HelpdeskClient } from "../contract";
import { applyIntercomAction } from "./apply-action";
import { callIntercom, readAnswer } from "./call-intercom";
import { ZIntercomAdminListSchema, ZIntercomMeSchema, ZIntercomTeamListSchema } from "./responses";
import { intercomApiBase, type TIntercomSecrets, type TIntercomSettings } from "./settings";
import { createTagDirectory } from "./tag-directory";

export interface TIntercomClientOptions {
  fetch?: typeof fetch;
  /** The clock a snooze counts from; tests fix it. */
  now?: () => number;
}

type TMe = z.infer<typeof ZIntercomMeSchema>;

/**
 * One connection's Intercom client over the official SDK. The SDK's own retries are off (maxRetries 0): the effect
 * layer and Temporal retry with the connection's limits, and a second, hidden retry loop would double the waits and
 * the calls counted against Intercom's rate limit.
 */
export function createIntercomClient(settings: TIntercomSettings, secrets: TIntercomSecrets, options: TIntercomClientOptions = {}): HelpdeskClient {
  const sdk = new IntercomClient({
    token: secrets.accessToken,
    baseUrl: intercomApiBase(settings),
    maxRetries: 0,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const tags = createTagDirectory(sdk);
  let me: Promise<TMe> | undefined;
  const identify = (): Promise<TMe> => {
    me ??= callIntercom(() => sdk.admins.identify())
      .then((answer) => readAnswer(ZIntercomMeSchema, answer, "who the access token belongs to"))
      .catch((error: unknown) => {
        me = undefined;
        throw error;
      });
    return me;
  };

  return {
    async whoAmI() {
      const admin = await identify();
      const who = [admin.name, admin.email ? `<${admin.email}>` : null].filter(Boolean).join(" ") || "The token's teammate";
      const where = admin.app?.name ? ` in the ${admin.app.name} workspace` : "";
      const actingAs = settings.adminId !== undefined && settings.adminId !== admin.id ? `; replies go out as admin ${settings.adminId}` : "";
      return `${who} (admin id ${admin.id})${where}${actingAs}`;
    },
    async listGroups() {
      const answer = await callIntercom(() => sdk.teams.list());
      return readAnswer(ZIntercomTeamListSchema, answer, "the team list").teams.map((t) => ({ id: t.id, name: t.name }));
    },
    async listAgents() {
      const answer = await callIntercom(() => sdk.admins.list());
      return readAnswer(ZIntercomAdminListSchema, answer, "the teammate list").admins.map((a) => ({
        id: a.id,
        name: a.name ?? a.email ?? `Admin ${a.id}`,
        email: a.email ?? null,
      }));
    },
    async apply(externalTicketId, action, idempotencyKey) {
      const adminId = settings.adminId ?? (await identify()).id;
      const now = options.now ?? Date.now;
      await applyIntercomAction({ sdk, adminId, snoozeHours: settings.snoozeHours, tags, now }, externalTicketId, action, idempotencyKey);
    },
  };
}
