import "server-only";
import type { CHANNELS, PRIORITIES, STATUSES } from "../../../workflows/model/fields";
import { channelForVia } from "../zendesk/via-channels";

type Channel = (typeof CHANNELS)[number];
type Status = (typeof STATUSES)[number];
type Priority = (typeof PRIORITIES)[number];

/**
 * Zendesk's `via.channel` values (API) and "Via" labels (CSV export) to studio channels. System channels (rule,
 * merge, side conversation…) have no counterpart and fall back to the schema's default, "email".
 */
const CHANNEL_WORDS: ReadonlyArray<readonly [RegExp, Channel]> = [
  [/^(email|mail|e-mail)$/, "email"],
  [/^(web|web_form|web form|web_widget|web widget|help_center|help center|mobile|mobile_sdk|mobile sdk)$/, "web"],
  [/^(chat|chat_transcript|native_messaging|messaging)$/, "chat"],
  [/^(voice|phone|phone call.*|voicemail|phone_call_inbound|phone_call_outbound)$/, "phone"],
  [/^(api|web_service|web service)$/, "api"],
  [/^(twitter.*|facebook.*|instagram.*|whatsapp|x)$/, "social"],
];

export function zendeskChannel(via: unknown): Channel | undefined {
  if (typeof via !== "string" && typeof via !== "number") return undefined;
  const key = String(via).trim().toLowerCase();
  return CHANNEL_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? channelForVia(key);
}

/** "hold" is a waiting state like pending; "deleted" is handled by the caller (such tickets are not imported). */
export function zendeskStatus(status: unknown): Status | undefined {
  switch (String(status ?? "").trim().toLowerCase()) {
    case "new":
      return "new";
    case "open":
      return "open";
    case "pending":
    case "hold":
    case "on-hold":
      return "pending";
    case "solved":
      return "solved";
    case "closed":
      return "closed";
    default:
      return undefined;
  }
}

export function zendeskPriority(priority: unknown): Priority | undefined {
  const p = String(priority ?? "").trim().toLowerCase();
  return p === "urgent" || p === "high" || p === "normal" || p === "low" ? p : undefined;
}

/** Zendesk rates good or bad; "offered"/"unoffered" mean no rating was given. */
export function zendeskCsat(score: unknown): number | null {
  const s = String(score ?? "").trim().toLowerCase();
  if (s.startsWith("good")) return 5;
  if (s.startsWith("bad")) return 1;
  return null;
}

export function isDeleted(status: unknown): boolean {
  return String(status ?? "").trim().toLowerCase() === "deleted";
}
