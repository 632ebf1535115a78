import "server-only";
import type { TNodeData } from "../../../workflows/model/nodes";
import { translatePlaceholders } from "./translate-placeholders";
import { valueText } from "./zendesk-values";
import type { TZendeskAction } from "./zendesk-trigger-schema";

export type NotificationOutcome = { ok: true; data: TNodeData<"notify">; note: string } | { ok: false; reason: string };

/**
 * Zendesk notifications (email to a user or group, a webhook or a legacy target) become one Slack
 * message in "#zendesk-<type>", since Slack is how the flow tells people things. The text keeps what
 * the email or payload said, so whoever picks the channel still has the words.
 * Values: notification_user / notification_group: [recipient, subject, body];
 * notification_target / notification_webhook: [id, message or payload].
 */
export function convertNotification(action: TZendeskAction): NotificationOutcome {
  const type = action.field.slice("notification_".length);
  const parts = Array.isArray(action.value) ? action.value.map((v) => (v === null ? "" : String(v).trim())) : [valueText(action.value)];
  let recipient: string;
  let text: string;
  switch (type) {
    case "user":
    case "group": {
      const [to = "", subject = "", body = ""] = parts;
      recipient = to;
      text = [subject, body].filter((p) => p.length > 0).join("\n\n");
      break;
    }
    case "target":
    case "webhook": {
      const [id = "", body = ""] = parts;
      recipient = id;
      text = body;
      break;
    }
    default:
      return { ok: false, reason: `Zendesk "${action.field}" notifications have no counterpart; the flow notifies through Slack` };
  }
  if (text.length === 0) return { ok: false, reason: "the notification has no message text" };
  const translated = translatePlaceholders(text);
  const channel = `#zendesk-${type}`;
  const what = type === "webhook" || type === "target" ? `${type} ${recipient}` : `${type} ${recipient || "(nobody)"}`;
  const leftOver = translated.unknown.length > 0 ? ` The message keeps Zendesk placeholders the flow does not fill: ${translated.unknown.join(", ")}.` : "";
  return {
    ok: true,
    data: { label: `Notify (was ${what})`, channel, message: translated.text },
    note: `${action.field} to ${recipient || "(nobody)"} becomes a Slack message in ${channel}; pick the channel that should get it.${leftOver}`,
  };
}
