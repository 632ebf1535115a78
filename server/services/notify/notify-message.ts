import "server-only";
import type { Prisma } from "@prisma/client";
import type { OutboxHandler } from "../outbox/outbox";
import { enqueue } from "../outbox/outbox-store";
import type { SlackSender } from "./slack-sender";

export const NOTIFY = "notify";

/** A Slack message as it will be posted: the channel it names, and its text, already escaped. */
export interface NotifyPayload {
  channel: string;
  mrkdwn: string;
}

/** Sent messages are remembered this long: far longer than any retry of the change that queued them. */
const REMEMBER_SENT_DAYS = 30;

/**
 * Queues a Slack message in the caller's transaction: it goes out only if that commits, and after it does. A
 * message whose key is still waiting is kept as it is.
 */
export async function enqueueNotification(tx: Prisma.TransactionClient, idempotencyKey: string, payload: NotifyPayload): Promise<void> {
  await enqueue(tx, [{ kind: NOTIFY, key: `notify:${idempotencyKey}`, payload }], { skipDuplicates: true });
}

/**
 * Sends a queued Slack message once. A message marked sent is never sent again, even when queued anew under the
 * same key; the mark is written right after Slack accepts it, with the message's removal from the outbox. So the
 * only way to send one twice is for the process to die between Slack's answer and that write (Slack incoming
 * webhooks take no idempotency key to close it). The outbox's lease is longer than the sender's timeout, so two
 * dispatchers never hold the same message at once.
 */
export function notifyHandler(sender: SlackSender, log: (line: string) => void = (line) => console.error(`[notify] ${line}`)): OutboxHandler {
  return {
    async deliver(raw, { prisma, key }) {
      const sent = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "NotificationSent" WHERE "key" = ${key}`;
      if (sent.length === 0) {
        await sender.post(raw as NotifyPayload);
        await prisma.$transaction([
          prisma.$executeRaw`INSERT INTO "NotificationSent" ("key") VALUES (${key}) ON CONFLICT ("key") DO NOTHING`,
          prisma.$executeRaw`DELETE FROM "NotificationSent" WHERE "sentAt" < now() - ${REMEMBER_SENT_DAYS}::int * interval '1 day'`,
        ]);
      }
      await prisma.outboxMessage.deleteMany({ where: { key } });
    },
    // Nothing else records a notification, so the log is where a lost one shows.
    async giveUp(_tx, raw, error) {
      const { channel } = raw as NotifyPayload;
      log(`a message to ${channel} was not sent: ${error}`);
    },
  };
}
