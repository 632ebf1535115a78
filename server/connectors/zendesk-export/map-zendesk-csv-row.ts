import "server-only";
import type { TImportTicketInput } from "../../../lib/history-import/import-record";
import { normalizeHeader } from "../csv/read-csv-rows";
import { addMinutes, dateInput, optionalDate, optionalText } from "../import-streams/import-values";
import type { MappedRecord } from "../import-streams/record-item";
import { AUTOMATIC_CATEGORY, type TCategorySource } from "../../../lib/history-import/category-source";
import { zendeskCategory, type ZendeskFieldValue } from "./zendesk-category";
import { isDeleted, zendeskChannel, zendeskCsat, zendeskPriority, zendeskStatus } from "./zendesk-fields";

/** Custom fields in Zendesk's CSV export are named "<title> [<type>]", e.g. "Contact reason [list]". */
const CUSTOM_FIELD_COLUMN = /^(.*\S)\s*\[(list|txt|text|int|dec|decimal|date|checkbox|regexp|tagger|multiselect|textarea|integer|partialcreditcard)\]$/i;

/** Which header cell holds what, resolved once per file. */
export interface ZendeskCsvColumns {
  index: (name: string) => number | undefined;
  customFields: Array<{ index: number; name: string }>;
}

export function zendeskCsvColumns(header: string[]): ZendeskCsvColumns {
  const byName = new Map<string, number>();
  header.forEach((h, i) => {
    if (!byName.has(normalizeHeader(h))) byName.set(normalizeHeader(h), i);
  });
  const customFields = header.flatMap((h, index) => {
    const m = CUSTOM_FIELD_COLUMN.exec(h);
    return m ? [{ index, name: m[1]! }] : [];
  });
  return { index: (name) => byName.get(normalizeHeader(name)), customFields };
}

/**
 * One row of Zendesk's CSV export. It has no comments: the description column when the export has one, else the
 * subject, stands as the customer's message. First response comes from "First reply time in minutes".
 */
export function mapZendeskCsvRow(fields: string[], cols: ZendeskCsvColumns, category: TCategorySource = AUTOMATIC_CATEGORY): MappedRecord {
  const cell = (...names: string[]): string => {
    for (const name of names) {
      const i = cols.index(name);
      if (i !== undefined && fields[i] !== undefined && fields[i]!.trim() !== "") return fields[i]!.trim();
    }
    return "";
  };
  const count = (name: string) => {
    const n = Number(cell(name));
    return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  };
  if (isDeleted(cell("Status"))) return { reason: "status is deleted: deleted tickets are not imported" };

  const createdAt = dateInput(cell("Created at"));
  const body = cell("Description", "Comment", "Subject");
  const custom: Record<string, unknown> = {};
  const customValues: ZendeskFieldValue[] = [];
  for (const { index, name } of cols.customFields) {
    const value = fields[index]?.trim();
    if (!value) continue;
    custom[name] = value;
    customValues.push({ id: null, title: name, value });
  }
  // Zendesk tags never contain spaces; the export separates them with spaces.
  const tags = cell("Tags").split(/\s+/).filter(Boolean);
  const replyMinutes = cell("First reply time in minutes");

  const input: TImportTicketInput = {
    externalId: cell("Id"),
    subject: cell("Subject"),
    body,
    channel: zendeskChannel(cell("Via")),
    status: zendeskStatus(cell("Status")),
    priority: zendeskPriority(cell("Priority")),
    createdAt: createdAt as Date,
    firstResponseAt: replyMinutes ? addMinutes(createdAt, Number(replyMinutes)) : null,
    resolvedAt: optionalDate(cell("Solved at")) as Date | null,
    csat: zendeskCsat(cell("Satisfaction Score", "Satisfaction rating")),
    category: zendeskCategory(category, customValues, tags),
    queue: optionalText(cell("Group")),
    assignee: optionalText(cell("Assignee")),
    tags,
    reopens: count("Reopens"),
    agentChanges: Math.max(0, count("Assignee stations") - 1),
    queueChanges: Math.max(0, count("Group stations") - 1),
    customFields: custom,
    customer: {
      externalId: cell("Requester id", "Requester external id", "Requester email"),
      name: optionalText(cell("Requester")),
      email: optionalText(cell("Requester email")),
    },
    messages: body ? [{ externalId: "description", author: "customer", body, createdAt: createdAt as Date }] : [],
  };
  return { input };
}
