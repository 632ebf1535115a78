import "server-only";
import type { PrismaClient } from "@prisma/client";
import { slackEscape, type SlackMarkup } from "../../../lib/slack/slack-text";
import type { Db } from "../effects/with-effect";
import type { Outbox } from "../outbox/outbox";
import { enqueueNotification } from "./notify-message";

/**
 * A message for a Slack channel. `text` is anyone's words (a flow's template over a ticket, an alert): it is
 * escaped, so `<!channel>` or `<https://evil|click>` in it reach Slack as text. `SlackMarkup` is text a builder
 * made itself from escaped pieces and links of its own (lib/slack/slack-text.ts), sent as it is.
 */
export interface NotifyMessage {
  channel: string;
  text: string | SlackMarkup;
  /** The same key queues one message: sending again under it sends nothing more. */
  idempotencyKey: string;
}

/** Where flow notifications, alerts and shared summaries go: the outbox, which posts them to Slack after commit. */
export interface Notifier {
  /**
   * Queues the message. Given a transaction, in it: the message goes only if that commits, and the caller calls
   * `kick` after it has; without one, it is queued and sent at once. Says where it goes: Slack when a webhook URL
   * is configured, the server log otherwise.
   */
  send(message: NotifyMessage, db?: Db): Promise<{ delivered: "slack" | "log" }>;
  /** Sends what was queued in a transaction that has now committed, rather than at the outbox's next sweep. */
  kick?(): void;
}

/** The notifier over the outbox table; `prisma` is read on each use, so a root can hand a lazily resolved client. */
export function createNotifier(deps: { readonly prisma: PrismaClient; readonly outbox?: Outbox }, webhookUrl = process.env.SLACK_WEBHOOK_URL): Notifier {
  const delivered = webhookUrl ? "slack" : "log";
  return {
    async send({ channel, text, idempotencyKey }, db) {
      const mrkdwn = typeof text === "string" ? slackEscape(text) : text.mrkdwn;
      await enqueueNotification(db ?? deps.prisma, idempotencyKey, { channel, mrkdwn });
      if (db === undefined) deps.outbox?.kick();
      return { delivered };
    },
    kick() {
      deps.outbox?.kick();
    },
  };
}
