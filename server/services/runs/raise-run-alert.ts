import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { RunAlertInput } from "../../../workflows/interpret/live/activity-contract";
import { notifySlack } from "../notify/notify-slack";
import type { Notifier } from "../notify/notifier";

/** Where alerts about stuck runs go: the channel the people who run the studio watch. */
export const RUN_ALERT_CHANNEL = "#studio-alerts";

/**
 * Tells the people who run the studio that a run has been waiting on a failure that is not the flow's (the
 * database, a helpdesk, the network): the run goes on retrying and carries on by itself once the cause is fixed,
 * so nothing is skipped, but a ticket is waiting. Sent like any flow notification, under one key per run, so a run
 * alerts once however often it asks. The worker's log gets the line first: when the database itself is away, the
 * message can only be queued once it is back.
 */
export async function raiseRunAlert(prisma: PrismaClient, notifier: Notifier, input: RunAlertInput, log: (line: string) => void = console.error): Promise<void> {
  const text =
    `Ticket ${input.ticketId} is waiting: its flow run ${input.workflowId} has failed ${input.attempts} times on something outside the flow ` +
    `(${input.reason}). It keeps retrying and carries on by itself once that is fixed.`;
  log(`[alert] ${text}`);
  await notifySlack(prisma, notifier, { ticketId: input.ticketId, channel: RUN_ALERT_CHANNEL, text, idempotencyKey: runAlertKey(input.workflowId) });
}

/** The idempotency key of a run's alert: one per run. */
export function runAlertKey(workflowId: string): string {
  return `${workflowId}:alert`;
}
