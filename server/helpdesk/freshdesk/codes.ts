import "server-only";
import type { CHANNELS, PRIORITIES } from "../../../workflows/model/fields";
import { freshdeskChannel, freshdeskPriority, freshdeskStatus } from "../../connectors/freshdesk/freshdesk-fields";

type Priority = (typeof PRIORITIES)[number];
type Channel = (typeof CHANNELS)[number];
export type TFreshdeskStudioStatus = "open" | "pending" | "solved" | "closed";

/** Freshdesk's status codes for the studio's statuses (its "Resolved" is the studio's "solved"). */
export const FRESHDESK_STATUS_CODE: Record<TFreshdeskStudioStatus, number> = { open: 2, pending: 3, solved: 4, closed: 5 };

/** Freshdesk's priority codes for the studio's priorities (its "Medium" is the studio's "normal"). */
export const FRESHDESK_PRIORITY_CODE: Record<Priority, number> = { low: 1, normal: 2, high: 3, urgent: 4 };

// Placeholders render either the code ({{ticket.status_id}}) or the name shown to agents ({{ticket.status}}); both are read.
const STATUS_NAMES: Record<string, TFreshdeskStudioStatus> = { open: "open", pending: "pending", resolved: "solved", closed: "closed" };
const PRIORITY_NAMES: Record<string, Priority> = { low: "low", medium: "normal", high: "high", urgent: "urgent" };
const SOURCE_NAMES: Record<string, Channel> = {
  email: "email",
  "outbound email": "email",
  portal: "web",
  "feedback widget": "web",
  phone: "phone",
  chat: "chat",
  twitter: "social",
  facebook: "social",
  whatsapp: "chat",
};

function asCode(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** A rendered status placeholder in the studio's words; an unknown custom status (a waiting state) reads as pending. */
export function studioStatus(value: string): TFreshdeskStudioStatus | undefined {
  const code = asCode(value);
  if (code !== undefined) {
    const status = freshdeskStatus(code);
    return status === "new" ? "open" : status;
  }
  const name = value.trim().toLowerCase();
  return name === "" ? undefined : (STATUS_NAMES[name] ?? "pending");
}

export function studioPriority(value: string): Priority | undefined {
  const code = asCode(value);
  return code !== undefined ? freshdeskPriority(code) : PRIORITY_NAMES[value.trim().toLowerCase()];
}

export function studioChannel(value: string): Channel | undefined {
  const code = asCode(value);
  return code !== undefined ? freshdeskChannel(code) : SOURCE_NAMES[value.trim().toLowerCase()];
}
