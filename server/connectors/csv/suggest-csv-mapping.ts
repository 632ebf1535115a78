import "server-only";
import type { TCsvTargetField } from "../../../lib/history-import/csv-mapping";
import { normalizeHeader } from "./read-csv-rows";

/** Header names each field is usually exported under, most specific first (compared without case, spaces, _ or -). */
const SYNONYMS: Record<TCsvTargetField, readonly string[]> = {
  externalId: ["externalId", "ticket id", "ticket number", "ticket", "id", "case id", "case number", "conversation id", "number"],
  subject: ["subject", "title", "summary", "topic line"],
  body: ["body", "description", "message", "text", "content", "question", "customer message", "comment", "first message"],
  createdAt: ["createdAt", "created at", "created", "creation date", "date created", "opened at", "opened", "date", "timestamp"],
  customerId: ["customerId", "customer id", "requester id", "user id", "contact id", "client id"],
  customerEmail: ["customerEmail", "customer email", "requester email", "email", "e-mail", "contact email"],
  customerName: ["customerName", "customer name", "requester name", "requester", "customer", "name", "contact name"],
  customerPlan: ["customerPlan", "customer plan", "plan", "tier", "subscription"],
  enterprise: ["enterprise", "is enterprise", "enterprise account"],
  channel: ["channel", "via", "source", "medium"],
  status: ["status", "state"],
  priority: ["priority", "urgency"],
  category: ["category", "topic", "type", "ticket type", "reason", "contact reason", "intent", "label"],
  queue: ["queue", "group", "team", "department"],
  assignee: ["assignee", "agent", "assigned to", "owner", "responder"],
  tags: ["tags", "tag", "labels"],
  csat: ["csat", "satisfaction", "satisfaction score", "satisfaction rating", "rating", "score"],
  firstResponseAt: ["firstResponseAt", "first response at", "first responded at", "first reply at", "first response"],
  resolvedAt: ["resolvedAt", "resolved at", "solved at", "closed at", "resolved", "solved", "closed"],
  handleTimeSec: ["handleTimeSec", "handle time sec", "handle time seconds", "handle time", "time spent", "time spent seconds"],
  agentReply: ["agentReply", "agent reply", "response", "answer", "reply", "agent response"],
  reopens: ["reopens", "reopen count", "reopened"],
  agentChanges: ["agentChanges", "agent changes", "reassignments", "assignee changes"],
  queueChanges: ["queueChanges", "queue changes", "group changes", "transfers"],
  pageUrl: ["pageUrl", "page url", "url", "page", "source url"],
  language: ["language", "locale", "lang"],
};

/**
 * A first guess at the mapping for the upload page: each field takes the header matching its most specific
 * synonym, and a header is never given to two fields (so "Requester email" is not also the customer id).
 */
export function suggestCsvMapping(headers: string[]): Partial<Record<TCsvTargetField, string>> {
  const byName = new Map<string, string>();
  for (const h of headers) if (!byName.has(normalizeHeader(h))) byName.set(normalizeHeader(h), h);
  const taken = new Set<string>();
  const out: Partial<Record<TCsvTargetField, string>> = {};
  // Rank 0 synonyms first across all fields, then rank 1… so an exact, specific name wins over a loose one.
  const maxRank = Math.max(...Object.values(SYNONYMS).map((s) => s.length));
  for (let rank = 0; rank < maxRank; rank++) {
    for (const [field, synonyms] of Object.entries(SYNONYMS) as Array<[TCsvTargetField, readonly string[]]>) {
      const synonym = synonyms[rank];
      if (out[field] || synonym === undefined) continue;
      const header = byName.get(normalizeHeader(synonym));
      if (header !== undefined && !taken.has(header)) {
        out[field] = header;
        taken.add(header);
      }
    }
  }
  return out;
}
