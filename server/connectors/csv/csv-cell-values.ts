import "server-only";
import type { CHANNELS, PRIORITIES, STATUSES } from "../../../workflows/model/fields";

/**
 * Spreadsheet cells to ticket values. An unreadable value throws a CsvCellError naming the field, so the row is
 * rejected with e.g. `enterprise: expected true/false, yes/no or 1/0, got "maybe"`.
 */
export class CsvCellError extends Error {}

const fail = (field: string, expected: string, raw: string): never => {
  throw new CsvCellError(`${field}: expected ${expected}, got "${raw}"`);
};

export function booleanCell(field: string, raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (v === "") return null;
  if (v === "true" || v === "yes" || v === "1" || v === "y") return true;
  if (v === "false" || v === "no" || v === "0" || v === "n") return false;
  return fail(field, "true/false, yes/no or 1/0", raw);
}

export function integerCell(field: string, raw: string): number | null {
  const v = raw.trim();
  if (v === "") return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : fail(field, "a whole number of 0 or more", raw);
}

export function csatCell(raw: string): number | null {
  const v = raw.trim().toLowerCase();
  if (v === "" || v === "offered" || v === "unoffered" || v === "not offered") return null;
  if (v === "good") return 5;
  if (v === "bad") return 1;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : fail("csat", "1–5 or good/bad", raw);
}

const CHANNEL_SYNONYMS: Record<string, (typeof CHANNELS)[number]> = {
  email: "email", mail: "email", "e-mail": "email",
  chat: "chat", "live chat": "chat", messenger: "chat", messaging: "chat",
  web: "web", "web form": "web", webform: "web", portal: "web", form: "web", widget: "web",
  phone: "phone", voice: "phone", call: "phone",
  api: "api",
  social: "social", twitter: "social", facebook: "social", instagram: "social", whatsapp: "social",
};

const STATUS_SYNONYMS: Record<string, (typeof STATUSES)[number]> = {
  new: "new", open: "open", pending: "pending", hold: "pending", "on hold": "pending", waiting: "pending",
  solved: "solved", resolved: "solved", closed: "closed",
};

const PRIORITY_SYNONYMS: Record<string, (typeof PRIORITIES)[number]> = {
  low: "low", normal: "normal", medium: "normal", high: "high", urgent: "urgent", critical: "urgent",
};

function enumCell<T extends string>(field: string, raw: string, synonyms: Record<string, T>): T | undefined {
  const v = raw.trim().toLowerCase();
  if (v === "") return undefined;
  return synonyms[v] ?? fail(field, `one of ${[...new Set(Object.values(synonyms))].join(", ")}`, raw);
}

export const channelCell = (raw: string) => enumCell("channel", raw, CHANNEL_SYNONYMS);
export const statusCell = (raw: string) => enumCell("status", raw, STATUS_SYNONYMS);
export const priorityCell = (raw: string) => enumCell("priority", raw, PRIORITY_SYNONYMS);
