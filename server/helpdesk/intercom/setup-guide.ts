import "server-only";
import type { SetupGuide } from "../contract";
import { INTERCOM_TOPICS } from "./parse-webhook";
import type { TIntercomSettings } from "./settings";

const TOPIC_MEANING: Record<(typeof INTERCOM_TOPICS)[number], string> = {
  "conversation.user.created": "a customer starts a conversation (it becomes a ticket and starts its flow)",
  "conversation.user.replied": "a customer replies",
  "conversation.admin.replied": "a teammate replies",
  "conversation.admin.noted": "a teammate adds a note",
  "conversation.admin.assigned": "a conversation is assigned to a team or teammate",
  "conversation.admin.closed": "a teammate closes a conversation",
  "conversation.admin.snoozed": "a teammate snoozes a conversation",
  "conversation.admin.opened": "a teammate reopens a conversation",
  "conversation.rating.added": "a customer rates the conversation",
};

/**
 * What a support-ops person does in Intercom's Developer Hub. Intercom lets you pick topics but not write the
 * webhook's body, so the guide lists the topics to tick instead of a body to paste.
 */
export function intercomSetupGuide(settings: TIntercomSettings, webhookUrl: string): SetupGuide {
  const actingAs = settings.adminId
    ? `Replies, notes and closes from the studio appear under teammate ${settings.adminId}; that teammate's own actions are not sent back to flows.`
    : "Replies, notes and closes from the studio appear under the teammate who owns the access token. To use another teammate, enter their admin id in “Teammate to act as”.";
  return {
    steps: [
      "In Intercom, open Settings → Integrations → Developer Hub and open your app (or create one with “New app”; pick the workspace your support team works in).",
      "Under Configure → Basic information, copy the Client secret and paste it into “Client secret” here. Intercom signs every webhook with it.",
      "Under Configure → Authentication, copy the Access token and paste it into “Access token” here. The app needs the permissions to read and write conversations, read admins and teams, and read and write tags.",
      "Save this connection and press Test connection: it shows the teammate and workspace the token belongs to.",
      `Under Configure → Webhooks, paste this Endpoint URL: ${webhookUrl}`,
      `On the same page, tick these topics (there is no request body to write; Intercom sends its own): ${INTERCOM_TOPICS.join(", ")}.`,
      "Save the webhook settings. A topic you cannot tick needs a permission the app lacks: add it under Authentication → Edit, then come back. Intercom's test notification (ping) is accepted and ignored.",
      actingAs,
    ],
    conditions: INTERCOM_TOPICS.map((topic) => `${topic}: ${TOPIC_MEANING[topic]}`),
  };
}
