import type { TCsvTargetField } from "@/lib/history-import/csv-mapping";
import type { TImportFormat } from "@/lib/history-import/import-record";

/** How each ticket field is named and explained in the mapping step. */
export const CSV_FIELD_LABELS: Record<TCsvTargetField, { label: string; hint?: string }> = {
  externalId: { label: "Ticket id", hint: "Unique per ticket; re-importing the same id updates the ticket" },
  subject: { label: "Subject" },
  body: { label: "Customer message", hint: "The customer's first message" },
  createdAt: { label: "Created at", hint: "ISO 8601, or a date your spreadsheet exports" },
  customerId: { label: "Customer id" },
  customerEmail: { label: "Customer email" },
  customerName: { label: "Customer name" },
  customerPlan: { label: "Customer plan" },
  enterprise: { label: "Enterprise account", hint: "true / false, yes / no, 1 / 0" },
  channel: { label: "Channel", hint: "email, chat, web, phone, api or social" },
  status: { label: "Status" },
  priority: { label: "Priority" },
  category: { label: "Category", hint: "Left empty, the audit categorises the ticket" },
  queue: { label: "Queue / group" },
  assignee: { label: "Assignee" },
  tags: { label: "Tags" },
  csat: { label: "CSAT", hint: "1–5, or good / bad" },
  firstResponseAt: { label: "First response at" },
  resolvedAt: { label: "Resolved at" },
  handleTimeSec: { label: "Handle time (seconds)" },
  agentReply: { label: "Agent reply", hint: "The agent's answer; the audit looks for templated replies in it" },
  reopens: { label: "Reopens" },
  agentChanges: { label: "Assignee changes" },
  queueChanges: { label: "Group changes" },
  pageUrl: { label: "Page URL" },
  language: { label: "Language" },
};

export const FORMAT_LABELS: Record<TImportFormat, string> = {
  zendesk: "Zendesk export (JSON, NDJSON or CSV)",
  freshdesk: "Freshdesk tickets with conversations (JSON)",
  intercom: "Intercom conversations (JSON)",
  csv: "Any CSV (you map the columns)",
};

/** A first guess from the file name; the person can always change it. */
export function guessFormat(fileName: string): TImportFormat {
  const name = fileName.toLowerCase();
  if (name.includes("freshdesk")) return "freshdesk";
  if (name.includes("intercom")) return "intercom";
  if (name.includes("zendesk") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) return "zendesk";
  return name.endsWith(".csv") ? "csv" : "zendesk";
}
