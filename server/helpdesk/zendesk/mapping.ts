import "server-only";
import type { PRIORITIES, CHANNELS } from "../../../workflows/model/fields";
import { channelForVia } from "../../connectors/zendesk/via-channels";

type TStudioPriority = (typeof PRIORITIES)[number];
type TStudioStatus = "open" | "pending" | "solved" | "closed";
type TChannel = (typeof CHANNELS)[number];

/** Zendesk's own ticket statuses (Support API `status`). */
export type TZendeskStatus = "new" | "open" | "pending" | "hold" | "solved" | "closed";

/** The studio's statuses are a subset of Zendesk's; the table keeps the two vocabularies apart should either change. */
const STATUS_TO_ZENDESK: Record<TStudioStatus, TZendeskStatus> = { open: "open", pending: "pending", solved: "solved", closed: "closed" };

/**
 * Zendesk's statuses as the studio sees them. "New" is a ticket nobody has answered yet, which the studio calls
 * open; "On-hold" waits on someone outside the conversation, which for the customer reads as pending.
 */
const STATUS_FROM_ZENDESK: Record<TZendeskStatus, TStudioStatus> = {
  new: "open",
  open: "open",
  pending: "pending",
  hold: "pending",
  solved: "solved",
  closed: "closed",
};

const PRIORITY_TO_ZENDESK: Record<TStudioPriority, "low" | "normal" | "high" | "urgent"> = { low: "low", normal: "normal", high: "high", urgent: "urgent" };

export function zendeskStatusFor(status: TStudioStatus): TZendeskStatus {
  return STATUS_TO_ZENDESK[status];
}

export function zendeskPriorityFor(priority: TStudioPriority): "low" | "normal" | "high" | "urgent" {
  return PRIORITY_TO_ZENDESK[priority];
}

/** {{ticket.status}} renders the status's title ("Open", "On-hold"); undefined when it is not one Zendesk has. */
export function studioStatusOf(rendered: string): TStudioStatus | undefined {
  const key = rendered.trim().toLowerCase().replace(/[^a-z]/g, "");
  const zendesk = (key === "onhold" ? "hold" : key) as TZendeskStatus;
  return Object.hasOwn(STATUS_FROM_ZENDESK, zendesk) ? STATUS_FROM_ZENDESK[zendesk] : undefined;
}

/** {{ticket.priority}} renders "Low" … "Urgent", or "-"/nothing when the ticket has none. */
export function studioPriorityOf(rendered: string): TStudioPriority | undefined {
  const key = rendered.trim().toLowerCase();
  return Object.hasOwn(PRIORITY_TO_ZENDESK, key) ? (key as TStudioPriority) : undefined;
}

/**
 * {{ticket.via}} renders the channel's name ("Web Form", "Mail", "Web Widget"); the import's via table knows their
 * API names. Names it does not list (messaging, SMS, integrations) fall back by their words, then to web.
 */
export function channelOfVia(rendered: string): TChannel {
  const words = rendered.trim().toLowerCase();
  const known = channelForVia(words.replace(/[\s-]+/g, "_"));
  if (known) return known;
  if (/phone|voice|call/.test(words)) return "phone";
  if (/chat|messag|sms|whatsapp/.test(words)) return "chat";
  if (/mail/.test(words)) return "email";
  if (/api|web service/.test(words)) return "api";
  if (/twitter|facebook|instagram|social/.test(words)) return "social";
  return "web";
}

/**
 * {{satisfaction.current_rating}}: Zendesk's classic survey renders "Good"/"Bad" (with "I'm satisfied"-style words
 * after it on some accounts); the 1–5 scale survey renders the number. "Offered"/"Unoffered" mean no rating yet
 * (null). Undefined for anything else, which the parser reports.
 */
export function ratingScoreOf(rendered: string): number | null | undefined {
  const key = rendered.trim().toLowerCase();
  if (/^[1-5]$/.test(key)) return Number(key);
  if (key.startsWith("good")) return 5;
  if (key.startsWith("bad")) return 1;
  if (key === "" || key === "offered" || key === "unoffered") return null;
  return undefined;
}
