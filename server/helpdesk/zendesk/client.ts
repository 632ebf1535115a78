import "server-only";
// node-zendesk is CommonJS: Node's ESM loader (the worker under tsx) sees only its default export.
import nodeZendesk, { type ZendeskClient } from "node-zendesk";
import { z } from "zod";
import type { HelpdeskClient, TRemoteEntity } from "../contract";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { zendeskAccountName, zendeskApiUrl, type TZendeskSecrets, type TZendeskSettings } from "./settings";
import { ticketUpdateFor } from "./ticket-update";
import { ZENDESK, zendeskTransport } from "./transport";

const ZUserSchema = z.object({
  id: z.number().nullable(),
  name: z.string(),
  email: z.string().nullish(),
  role: z.string().optional(),
  active: z.boolean().optional(),
});
type TLibraryTicketUpdate = Parameters<ZendeskClient["tickets"]["update"]>[1];

const ZGroupSchema = z.object({ id: z.number(), name: z.string(), deleted: z.boolean().optional() });

/**
 * The studio's Zendesk client, on the maintained node-zendesk library: ticket updates, the signed-in agent, groups
 * and agents. Authenticates as `{agent email}/token` with the API token. Calls are not retried here; the effect
 * layer and Temporal retry what HelpdeskCallError marks retryable.
 */
export function zendeskClient(settings: TZendeskSettings, secrets: Pick<TZendeskSecrets, "apiToken">, options: { fetch?: typeof fetch } = {}): HelpdeskClient {
  const transportConfig = zendeskTransport(options.fetch ?? ((input, init) => fetch(input, init)));
  const library = (customHeaders?: Record<string, string>): ZendeskClient =>
    nodeZendesk.createClient({
      username: settings.agentEmail,
      token: secrets.apiToken,
      subdomain: settings.subdomain,
      endpointUri: zendeskApiUrl(settings),
      customHeaders,
      throwOriginalException: true,
      transportConfig,
    });
  const reader = library();

  return {
    whoAmI: () =>
      calling(async () => {
        const { result } = (await reader.users.me()) as { result: unknown };
        const me = ZUserSchema.parse(result);
        if (me.id === null) {
          throw new HelpdeskCallError(
            `${ZENDESK} did not recognise the agent email and API token (it answered as an anonymous visitor). Check both, and that token access is on under Admin Center → Apps and integrations → APIs.`,
            401,
            false,
          );
        }
        if (me.role === "end-user") {
          throw new HelpdeskCallError(`${ZENDESK}: ${me.email ?? me.name} is a customer (end user) there; the studio needs an agent or admin to reply and update tickets.`, 403, false);
        }
        return `${me.name} <${me.email ?? settings.agentEmail}> on ${settings.baseUrl ? new URL(settings.baseUrl).host : zendeskAccountName(settings)}`;
      }),

    listGroups: () =>
      calling(async () => {
        const groups = z.array(ZGroupSchema).parse(await reader.groups.list());
        return byName(groups.filter((g) => !g.deleted).map((g) => ({ id: String(g.id), name: g.name })));
      }),

    listAgents: () =>
      calling(async () => {
        // Admins answer tickets too; Zendesk filters users by one role per request.
        const agents = z.array(ZUserSchema).parse(await reader.users.listWithFilter("role", "agent"));
        const admins = z.array(ZUserSchema).parse(await reader.users.listWithFilter("role", "admin"));
        const seen = new Map<string, TRemoteEntity>();
        for (const user of [...agents, ...admins]) {
          if (user.id === null || user.active === false) continue;
          seen.set(String(user.id), { id: String(user.id), name: user.name, email: user.email ?? null });
        }
        return byName([...seen.values()]);
      }),

    apply: (externalTicketId, action, idempotencyKey) =>
      calling(async () => {
        if (!/^\d+$/.test(externalTicketId)) {
          throw new HelpdeskCallError(`${ZENDESK} ticket ids are numbers; "${externalTicketId}" is not one.`, null, false);
        }
        const update = ticketUpdateFor(action);
        if (update === null) return;
        // Zendesk documents Idempotency-Key for ticket creation only (Ticketing API introduction, "Idempotency");
        // on an update it is ignored and harmless, and the effect layer records each call once. Sent on every write
        // so a proxy or a future Zendesk that honours it can drop a repeat.
        const writer = library({ "Idempotency-Key": idempotencyKey });
        // The library's ticket type lacks additional_tags/remove_tags and null (clear) for group and assignee.
        await writer.tickets.update(Number(externalTicketId), { ticket: update } as unknown as TLibraryTicketUpdate);
      }),
  };
}

/** Whatever goes wrong inside a call leaves as a HelpdeskCallError, so the effect layer can sort it. */
async function calling<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HelpdeskCallError) throw error;
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      throw new HelpdeskCallError(`${ZENDESK} answered in a form the studio cannot read (${issue?.path.join(".") || "body"}: ${issue?.message ?? "unexpected"}).`, null, false);
    }
    throw new HelpdeskCallError(`${ZENDESK} call failed: ${(error as Error)?.message ?? String(error)}`, null, false);
  }
}

function byName(entities: TRemoteEntity[]): TRemoteEntity[] {
  return entities.sort((a, b) => a.name.localeCompare(b.name));
}
