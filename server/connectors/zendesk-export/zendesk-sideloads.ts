import "server-only";
import { asArray, asObject, optionalId, type JsonObject } from "../import-streams/import-values";

/**
 * What an incremental export page sideloads (`include=users,groups,organizations,metric_sets`, plus
 * `ticket_fields` when the exporter added them), indexed by id. Scoped to one page: Zendesk repeats the sideloads
 * a page's tickets need on that page.
 */
export interface ZendeskSideloads {
  users: Map<string, JsonObject>;
  groups: Map<string, JsonObject>;
  organizations: Map<string, JsonObject>;
  metricSets: Map<string, JsonObject>;
  ticketFields: Map<string, string>;
}

export function emptySideloads(): ZendeskSideloads {
  return { users: new Map(), groups: new Map(), organizations: new Map(), metricSets: new Map(), ticketFields: new Map() };
}

/** Indexes one sideload array; keys the page has that are not sideloads (count, next_page…) are ignored. */
export function addSideload(into: ZendeskSideloads, key: string, value: unknown): void {
  switch (key) {
    case "users":
      return indexBy(into.users, value, "id");
    case "groups":
      return indexBy(into.groups, value, "id");
    case "organizations":
      return indexBy(into.organizations, value, "id");
    case "metric_sets":
      return indexBy(into.metricSets, value, "ticket_id");
    case "ticket_fields":
      for (const field of asArray(value)) {
        const f = asObject(field);
        const id = optionalId(f?.id);
        if (id && typeof f?.title === "string") into.ticketFields.set(id, f.title);
      }
      return;
    default:
      return;
  }
}

function indexBy(map: Map<string, JsonObject>, value: unknown, idKey: string): void {
  for (const item of asArray(value)) {
    const obj = asObject(item);
    const id = optionalId(obj?.[idKey]);
    if (obj && id) map.set(id, obj);
  }
}
