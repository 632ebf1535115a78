import { z } from "zod";
import { CHANNELS, PRIORITIES, STATUSES } from "../../workflows/model/fields";

/**
 * One ticket as every importer hands it over, whatever the helpdesk: Zendesk, Freshdesk, Intercom and CSV
 * parsers produce it, the demo-history generator produces it, and `importTickets` writes it. Keyed by the
 * helpdesk's own id, so importing the same export twice changes nothing and an updated export updates in place.
 */
const when = z.coerce.date({ error: "Not a valid date" }).refine((d) => !Number.isNaN(d.getTime()), "Not a valid date");

export const ZImportMessageSchema = z.object({
  /** Unique within the ticket (comment id, conversation part id, or a position such as "m1"). */
  externalId: z.string().min(1),
  author: z.enum(["customer", "agent", "ai", "system"]),
  authorName: z.string().nullish(),
  body: z.string(),
  /** Internal notes are not replies: the audit ignores them when it looks for templated answers. */
  internal: z.boolean().default(false),
  createdAt: when,
});
export type TImportMessage = z.infer<typeof ZImportMessageSchema>;

export const ZImportCustomerSchema = z.object({
  externalId: z.string().min(1, "The requester has no id"),
  email: z.string().nullish(),
  name: z.string().nullish(),
  plan: z.string().nullish(),
  enterprise: z.boolean().nullish(),
});
export type TImportCustomer = z.infer<typeof ZImportCustomerSchema>;

export const ZImportTicketSchema = z.object({
  externalId: z.string().min(1, "The ticket has no id"),
  subject: z.string(),
  /** The customer's first message; it is also the first entry of `messages`. */
  body: z.string().min(1, "The ticket has no text"),
  channel: z.enum(CHANNELS).default("email"),
  status: z.enum(STATUSES).default("closed"),
  priority: z.enum(PRIORITIES).default("normal"),
  createdAt: when,
  firstResponseAt: when.nullish(),
  resolvedAt: when.nullish(),
  /** Agent time spent on the ticket, in seconds. */
  handleTimeSec: z.number().int().min(0).nullish(),
  /** 1 (worst) to 5 (best); good/bad ratings map to 5/1. */
  csat: z.number().int().min(1).max(5).nullish(),
  category: z.string().min(1).nullish(),
  /** The queue (helpdesk group) by name; unknown names become new queues. */
  queue: z.string().min(1).nullish(),
  assignee: z.string().nullish(),
  tags: z.array(z.string()).default([]),
  pageUrl: z.string().nullish(),
  language: z.string().nullish(),
  reopens: z.number().int().min(0).default(0),
  /** Times the ticket changed assignee / group after the first. */
  agentChanges: z.number().int().min(0).default(0),
  queueChanges: z.number().int().min(0).default(0),
  escalated: z.boolean().default(false),
  customFields: z.record(z.string(), z.unknown()).default({}),
  customer: ZImportCustomerSchema,
  messages: z.array(ZImportMessageSchema).default([]),
});
export type TImportTicket = z.infer<typeof ZImportTicketSchema>;
/** What a parser builds before validation (defaults not yet applied, dates possibly strings). */
export type TImportTicketInput = z.input<typeof ZImportTicketSchema>;

/** Where a record sits in its file, for error messages: record number (1-based) and, when known, the line. */
export interface ImportPosition {
  record: number;
  line?: number;
}

export type ImportItem =
  | { ok: true; position: ImportPosition; ticket: TImportTicket }
  | { ok: false; position: ImportPosition; reason: string };

export const IMPORT_FORMATS = ["zendesk", "freshdesk", "intercom", "csv"] as const;
export type TImportFormat = (typeof IMPORT_FORMATS)[number];

/** Validates a parsed record; a failure names the first failing field, e.g. `createdAt: Not a valid date`. */
export function toImportItem(position: ImportPosition, input: unknown): ImportItem {
  const parsed = ZImportTicketSchema.safeParse(input);
  if (parsed.success) return { ok: true, position, ticket: parsed.data };
  const issue = parsed.error.issues[0]!;
  const at = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return { ok: false, position, reason: `${at}${issue.message}` };
}

/** "line 14" or "record 7": how a rejected row is named to the person importing. */
export function describePosition(p: ImportPosition): string {
  return p.line !== undefined ? `line ${p.line}` : `record ${p.record}`;
}
