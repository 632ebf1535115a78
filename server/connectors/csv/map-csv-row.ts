import "server-only";
import type { TImportTicketInput } from "../../../lib/history-import/import-record";
import { dateInput, optionalDate, toDate } from "../import-streams/import-values";
import type { MappedRecord } from "../import-streams/record-item";
import { booleanCell, channelCell, csatCell, CsvCellError, integerCell, priorityCell, statusCell } from "./csv-cell-values";
import type { TCsvMapping, TCsvTargetField } from "../../../lib/history-import/csv-mapping";

/** How long after the customer's message an `agentReply` without a first-response time is placed. */
export const AGENT_REPLY_DELAY_MS = 10 * 60_000;

export type CsvCell = (field: TCsvTargetField) => string;

/**
 * One generic CSV row to a ticket through the saved mapping. Without a customer column each ticket gets its own
 * anonymous customer ("ticket:<id>"): sharing one would make every ticket look like a repeat contact.
 */
export function mapCsvRow(cell: CsvCell, mapping: TCsvMapping): MappedRecord {
  try {
    return { input: buildTicket(cell, mapping) };
  } catch (err) {
    if (err instanceof CsvCellError) return { reason: err.message };
    throw err;
  }
}

function buildTicket(cell: CsvCell, mapping: TCsvMapping): TImportTicketInput {
  const opt = (field: TCsvTargetField) => cell(field).trim() || null;
  const externalId = cell("externalId").trim();
  const body = cell("body").trim();
  const createdAt = dateInput(cell("createdAt"));
  const firstResponseAt = optionalDate(cell("firstResponseAt"));
  const customerId = opt("customerId") ?? opt("customerEmail") ?? (externalId ? `ticket:${externalId}` : "");
  const messages: TImportTicketInput["messages"] = body ? [{ externalId: "m1", author: "customer", body, createdAt: createdAt as Date }] : [];
  const reply = cell("agentReply").trim();
  if (reply) {
    const created = toDate(createdAt);
    const at = firstResponseAt ?? (created ? new Date(created.getTime() + AGENT_REPLY_DELAY_MS) : createdAt);
    messages.push({ externalId: "m2", author: "agent", body: reply, createdAt: at as Date });
  }
  return {
    externalId,
    subject: cell("subject").trim(),
    body,
    channel: channelCell(cell("channel")),
    status: statusCell(cell("status")),
    priority: priorityCell(cell("priority")),
    createdAt: createdAt as Date,
    firstResponseAt: firstResponseAt as Date | null,
    resolvedAt: optionalDate(cell("resolvedAt")) as Date | null,
    handleTimeSec: integerCell("handleTimeSec", cell("handleTimeSec")),
    csat: csatCell(cell("csat")),
    category: opt("category"),
    queue: opt("queue"),
    assignee: opt("assignee"),
    tags: cell("tags").split(mapping.tagSeparator).map((t) => t.trim()).filter(Boolean),
    pageUrl: opt("pageUrl"),
    language: opt("language"),
    reopens: integerCell("reopens", cell("reopens")) ?? 0,
    agentChanges: integerCell("agentChanges", cell("agentChanges")) ?? 0,
    queueChanges: integerCell("queueChanges", cell("queueChanges")) ?? 0,
    customer: {
      externalId: customerId,
      email: opt("customerEmail"),
      name: opt("customerName"),
      plan: opt("customerPlan"),
      enterprise: booleanCell("enterprise", cell("enterprise")),
    },
    messages,
  };
}
