import "server-only";
import type { CHANNELS } from "../../../workflows/model/fields";

type Channel = (typeof CHANNELS)[number];

/**
 * Zendesk's via ids (and via type names, which some exports use instead) for the channels the studio
 * knows. Only unambiguous ones are listed: system vias (rule, merge, batch…) and channels the studio
 * has no counterpart for (SMS, mobile SDK, any-channel integrations) are left out on purpose, so a
 * condition on them is reported rather than mapped to a guess.
 */
const VIA_CHANNELS: ReadonlyArray<readonly [id: number, type: string, channel: Channel]> = [
  [0, "web_form", "web"],
  [4, "mail", "email"],
  [5, "web_service", "api"],
  [17, "dropbox", "web"],
  [23, "twitter_favorite", "social"],
  [26, "twitter_dm", "social"],
  [29, "chat", "chat"],
  [30, "twitter", "social"],
  [33, "voicemail", "phone"],
  [34, "phone_call_inbound", "phone"],
  [35, "phone_call_outbound", "phone"],
  [38, "facebook_post", "social"],
  [41, "facebook_message", "social"],
  [48, "web_widget", "web"],
];

export function channelForVia(via: string): Channel | undefined {
  const key = via.trim().toLowerCase();
  const hit = VIA_CHANNELS.find(([id, type]) => String(id) === key || type === key);
  return hit?.[2];
}
