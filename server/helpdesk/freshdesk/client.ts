import "server-only";
import { z } from "zod";
import type { HelpdeskClient, THelpdeskAction, TRemoteEntity } from "../contract";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { FRESHDESK_PRIORITY_CODE, FRESHDESK_STATUS_CODE } from "./codes";
import { textToHtml } from "./html-text";
import { FRESHDESK, freshdeskCall, readFreshdesk, type TFreshdeskHttp } from "./request";
import { freshdeskApiBase, type TFreshdeskSecrets, type TFreshdeskSettings } from "./settings";

/*
 * A small typed fetch client rather than the `freshdesk-api` package: that package sends its own requests through
 * undici (no fetch to inject, no per-request headers such as Idempotency-Key), and its errors drop the response
 * headers, so a 429's Retry-After never reaches the caller.
 */

const ZId = z.union([z.number(), z.string()]).transform(String);
const ZAgentSchema = z.object({
  id: ZId,
  contact: z.object({ name: z.string().nullish(), email: z.string().nullish() }),
});
const ZGroupSchema = z.object({ id: ZId, name: z.string() });
const ZTicketTagsSchema = z.object({ tags: z.array(z.string()).nullish() });

/** Freshdesk pages lists (100 at most a page) and says "Link: <...>; rel="next"" while more follow. */
const PER_PAGE = 100;
const MAX_PAGES = 50;

function ticketPath(externalTicketId: string): string {
  if (!/^\d+$/.test(externalTicketId)) {
    throw new HelpdeskCallError(`${FRESHDESK} ticket ids are numbers; "${externalTicketId}" is not one`, null, false);
  }
  return `/tickets/${externalTicketId}`;
}

/** Group and agent ids are numbers in Freshdesk; null clears the assignment. */
function remoteNumber(id: string | null, what: string): number | null {
  if (id === null) return null;
  if (!/^\d+$/.test(id)) throw new HelpdeskCallError(`${FRESHDESK} ${what} ids are numbers; "${id}" is not one (check the mapping)`, null, false);
  return Number(id);
}

/** Tags as Freshdesk will hold them after the change, in their first-seen order, case kept as written. */
export function mergeFreshdeskTags(current: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): string[] {
  const removed = new Set(remove.map((t) => t.toLowerCase()));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of [...current, ...add]) {
    const key = tag.toLowerCase();
    if (removed.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function createFreshdeskClient(
  settings: TFreshdeskSettings,
  secrets: TFreshdeskSecrets,
  options: { fetch?: typeof fetch } = {},
): HelpdeskClient {
  const http: TFreshdeskHttp = { fetch: options.fetch ?? fetch, apiBase: freshdeskApiBase(settings), apiKey: secrets.apiKey };

  async function listAll<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { json, headers } = await freshdeskCall(http, { method: "GET", path: `${path}?per_page=${PER_PAGE}&page=${page}` });
      all.push(...readFreshdesk(z.array(schema), json, what));
      if (!/rel="?next"?/.test(headers.get("link") ?? "")) break;
    }
    return all;
  }

  async function update(path: string, action: Extract<THelpdeskAction, { type: "update" }>, key: string): Promise<void> {
    const body: Record<string, unknown> = {};
    if (action.priority !== undefined) body.priority = FRESHDESK_PRIORITY_CODE[action.priority];
    if (action.status !== undefined) body.status = FRESHDESK_STATUS_CODE[action.status];
    if ((action.addTags?.length ?? 0) > 0 || (action.removeTags?.length ?? 0) > 0) {
      // Freshdesk replaces the whole tag list on update, so the ticket's tags are read first and written back merged.
      const { json } = await freshdeskCall(http, { method: "GET", path });
      const current = readFreshdesk(ZTicketTagsSchema, json, "a ticket").tags ?? [];
      const merged = mergeFreshdeskTags(current, action.addTags, action.removeTags);
      if (merged.length !== current.length || merged.some((tag, i) => tag !== current[i])) body.tags = merged;
    }
    if (action.fields !== undefined && Object.keys(action.fields).length > 0) {
      body.custom_fields = Object.fromEntries(
        Object.entries(action.fields).map(([name, value]) => [name.startsWith("cf_") ? name : `cf_${name}`, value]),
      );
    }
    if (Object.keys(body).length > 0) await freshdeskCall(http, { method: "PUT", path, body, idempotencyKey: key });
  }

  return {
    async whoAmI() {
      const { json } = await freshdeskCall(http, { method: "GET", path: "/agents/me" });
      const me = readFreshdesk(ZAgentSchema, json, "the API key's agent");
      const name = me.contact.name ?? "An agent";
      return `${name}${me.contact.email ? ` <${me.contact.email}>` : ""} on ${settings.domain}`;
    },

    async listGroups(): Promise<TRemoteEntity[]> {
      const groups = await listAll("/groups", ZGroupSchema, "groups");
      return groups.map((g) => ({ id: g.id, name: g.name }));
    },

    async listAgents(): Promise<TRemoteEntity[]> {
      const agents = await listAll("/agents", ZAgentSchema, "agents");
      return agents.map((a) => ({ id: a.id, name: a.contact.name ?? a.contact.email ?? a.id, email: a.contact.email ?? null }));
    },

    async apply(externalTicketId, action, idempotencyKey) {
      const path = ticketPath(externalTicketId);
      switch (action.type) {
        case "reply":
          await freshdeskCall(http, { method: "POST", path: `${path}/reply`, body: { body: textToHtml(action.body) }, idempotencyKey });
          return;
        case "note":
          await freshdeskCall(http, {
            method: "POST",
            path: `${path}/notes`,
            body: { body: textToHtml(action.body), private: true },
            idempotencyKey,
          });
          return;
        case "assign": {
          const body: Record<string, number | null> = {};
          if (action.remoteGroupId !== undefined) body.group_id = remoteNumber(action.remoteGroupId, "group");
          if (action.remoteAssigneeId !== undefined) body.responder_id = remoteNumber(action.remoteAssigneeId, "agent");
          if (Object.keys(body).length > 0) await freshdeskCall(http, { method: "PUT", path, body, idempotencyKey });
          return;
        }
        case "update":
          await update(path, action, idempotencyKey);
          return;
      }
    },
  };
}
