import "server-only";
import type { PrismaClient } from "@prisma/client";
import { reviewSlackDigest } from "../../../lib/weekly-review/slack-digest";
import type { Notifier } from "../notify/notifier";
import { openWeeklyReview } from "./open-weekly-review";

/** Where the digest says it is from: incoming webhooks post to the channel they were made for. */
const CHANNEL = "Weekly review";

/**
 * Sends the week's review as a digest through the notifier (Slack when a webhook is set, the server log otherwise),
 * audited: it leaves the studio. The message and the audit line are written together, and the outbox posts the
 * message once they are. Sending again sends again; each send is its own message.
 */
export async function sendReviewToSlack(
  prisma: PrismaClient,
  notifier: Notifier,
  input: { week: string; origin: string; actor: string; now: Date },
): Promise<{ delivered: "slack" | "log" }> {
  const review = await openWeeklyReview(prisma, input.week, input.now);
  const text = reviewSlackDigest(review, input.origin);
  const delivered = await prisma.$transaction(async (tx) => {
    // The digest's items are escaped and its one link is ours (reviewSlackDigest), so it goes as it is.
    const sent = await notifier.send({ channel: CHANNEL, text: { mrkdwn: text }, idempotencyKey: `weekly-review:${review.week}:${input.now.toISOString()}` }, tx);
    await tx.auditLog.create({ data: { actor: input.actor, action: "review.send-to-slack", subject: review.week, details: { delivered: sent.delivered } } });
    return sent.delivered;
  });
  notifier.kick?.();
  return { delivered };
}
