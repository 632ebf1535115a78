import "server-only";
import { CSV_TARGET_FIELDS, type TCsvMapping, type TCsvTargetField } from "../../../lib/history-import/csv-mapping";

/** Ticket fields nested under the customer, by the CSV field that fills them. */
const CUSTOMER_FIELDS: Record<string, TCsvTargetField> = {
  externalId: "customerId",
  email: "customerEmail",
  name: "customerName",
  plan: "customerPlan",
  enterprise: "enterprise",
};

/**
 * A rejected row's reason in the file's own words: the checks name the ticket field ("createdAt: Not a valid
 * date"), the person importing knows the column they mapped to it ("Opened"), so the column is named with the
 * value it held: `Column “Opened”: not a valid date (it holds “yesterday”)`. Reasons about no single
 * column pass through unchanged.
 */
export function csvRowReason(reason: string, mapping: TCsvMapping, cell: (field: TCsvTargetField) => string): string {
  const match = /^([A-Za-z0-9_.]+): (.*)$/s.exec(reason);
  if (match === null) return reason;
  const field = csvFieldOf(match[1]!);
  const column = field === undefined ? undefined : mapping.columns[field];
  if (field === undefined || column === undefined) return reason;
  const raw = cell(field).trim();
  const detail = match[2]!.charAt(0).toLowerCase() + match[2]!.slice(1);
  const holds = raw === "" ? "it is empty" : `it holds “${raw.length > 60 ? `${raw.slice(0, 59)}…` : raw}”`;
  // Cell readers already quote what they got ('expected …, got "maybe"'); don't say it twice.
  return /, got "/.test(detail) ? `Column “${column}”: ${detail}` : `Column “${column}”: ${detail.replace(/\.$/, "")} (${holds})`;
}

function csvFieldOf(path: string): TCsvTargetField | undefined {
  const [head, sub] = path.split(".");
  if (head === "customer" && sub !== undefined) return CUSTOMER_FIELDS[sub];
  // The first message carries the ticket's own text and time.
  if (head === "messages") return path.endsWith(".body") ? "body" : path.endsWith(".createdAt") ? "createdAt" : undefined;
  return (CSV_TARGET_FIELDS as readonly string[]).includes(head!) ? (head as TCsvTargetField) : undefined;
}
