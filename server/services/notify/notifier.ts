import "server-only";
import { IncomingWebhook } from "@slack/webhook";

/** Where flow notifications go. Slack when a webhook URL is configured, the log otherwise. */
export interface Notifier {
  send(message: { channel: string; text: string; idempotencyKey: string }): Promise<{ delivered: "slack" | "log" }>;
}

export function createNotifier(webhookUrl = process.env.SLACK_WEBHOOK_URL, log: (line: string) => void = console.log): Notifier {
  if (!webhookUrl) {
    return {
      async send({ channel, text }) {
        log(`[notify] ${channel}: ${text} (SLACK_WEBHOOK_URL not set: logged, not sent)`);
        return { delivered: "log" };
      },
    };
  }
  const hook = new IncomingWebhook(webhookUrl);
  return {
    async send({ channel, text }) {
      // Incoming webhooks post to the channel they were created for; the flow's channel is shown in the text.
      await hook.send({ text: `${channel}: ${text}` });
      return { delivered: "slack" };
    },
  };
}
