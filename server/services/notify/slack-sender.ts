import "server-only";
import { slackEscape } from "../../../lib/slack/slack-text";
import { OutboxNotYet, OutboxUnreachable } from "../outbox/outbox";

/** What the outbox hands a Slack message to: the incoming webhook, or the log when none is configured. */
export interface SlackSender {
  readonly destination: "slack" | "log";
  post(message: { channel: string; mrkdwn: string }): Promise<void>;
}

/**
 * How long one post may take. Below the outbox's claim lease (30 s), so a post still waiting can never be claimed
 * and sent a second time by another dispatcher.
 */
export const SLACK_TIMEOUT_MS = 10_000;

/**
 * Posts to a Slack incoming webhook, with a timeout. A timeout, a network error or a 5xx says Slack is away for now:
 * the outbox tries again with backoff for as long as that lasts. A 429 is tried again after the wait Slack asks for.
 * Any other refusal (a revoked or mistyped webhook, 400 to 410) is retried too, and given up after the outbox's last
 * attempt.
 */
export function slackSender(
  webhookUrl: string | undefined = process.env.SLACK_WEBHOOK_URL,
  options: { timeoutMs?: number; log?: (line: string) => void } = {},
): SlackSender {
  const log = options.log ?? console.log;
  if (!webhookUrl) {
    return {
      destination: "log",
      async post({ channel, mrkdwn }) {
        log(`[notify] ${channel}: ${mrkdwn} (SLACK_WEBHOOK_URL not set: logged, not sent)`);
      },
    };
  }
  const timeoutMs = options.timeoutMs ?? SLACK_TIMEOUT_MS;
  return {
    destination: "slack",
    async post({ channel, mrkdwn }) {
      // Incoming webhooks post to the channel they were created for; the flow's channel is shown in the text.
      const body = JSON.stringify({ text: `${slackEscape(channel)}: ${mrkdwn}` });
      let response: Response;
      try {
        response = await fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (err) {
        if (err instanceof Error && err.name === "TimeoutError") {
          throw new OutboxUnreachable(`Slack did not answer within ${timeoutMs / 1000} s; the message will be sent again later`);
        }
        throw new OutboxUnreachable(`Could not reach Slack (${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}); the message will be sent again later`);
      }
      const answer = (await response.text().catch(() => "")).slice(0, 200);
      if (response.ok) return;
      const retryAfter = Number(response.headers.get("retry-after"));
      if (response.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0) {
        throw new OutboxNotYet(`Slack asked to wait ${retryAfter} s before the next message`, Math.min(retryAfter, 600) * 1000);
      }
      if (response.status === 429 || response.status >= 500) {
        throw new OutboxUnreachable(`Slack is not taking messages right now (${response.status} ${answer}); the message will be sent again later`);
      }
      throw new Error(`Slack refused the message (${response.status} ${answer}): check SLACK_WEBHOOK_URL, the webhook may have been removed`);
    },
  };
}
