import "server-only";
import { NOTIFY, notifyHandler } from "../notify/notify-message";
import { slackSender, type SlackSender } from "../notify/slack-sender";
import type { FlowStarter } from "../tickets/flow-starter";
import type { OutboxHandler } from "./outbox";
import { SIGNAL_RUN, signalRunHandler } from "./signal-run-message";
import { START_RUN, startRunHandler } from "./start-run-message";

/**
 * Every kind of outbox message a process delivers, by kind, built on the process's ports. Slack messages go to
 * SLACK_WEBHOOK_URL unless a sender is given (tests, a local stand-in for Slack).
 */
export function outboxHandlers(ports: { readonly flowStarter: FlowStarter; readonly slack?: SlackSender }): Record<string, OutboxHandler> {
  return {
    [START_RUN]: startRunHandler(ports.flowStarter),
    [SIGNAL_RUN]: signalRunHandler(ports.flowStarter),
    [NOTIFY]: notifyHandler(ports.slack ?? slackSender()),
  };
}
