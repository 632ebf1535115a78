import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";

/**
 * How long an accepted delivery is remembered: its signed timestamp may be up to 5 minutes ahead of the clock and
 * passes for 5 minutes after, so past this a replay is refused as stale anyway.
 */
export const TICKET_RECEIPT_KEEP_MS = 15 * 60 * 1000;
/** Pruning on one delivery in this many keeps the table small without a statement on every delivery. */
const PRUNE_ONE_IN = 100;

/**
 * Claims a delivery before it is applied: false when it was claimed before (a replay). Claiming first, by the
 * primary key, means two copies sent at once cannot both get through.
 */
export async function claimTicketDelivery(prisma: PrismaClient, digest: string): Promise<boolean> {
  try {
    await prisma.ticketWebhookReceipt.create({ data: { digest }, select: { digest: true } });
    return true;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
    throw err;
  }
}

/** Gives a claim back when the delivery was not applied (refused or failed), so the sender may send it again. */
export async function releaseTicketDelivery(prisma: PrismaClient, digest: string): Promise<void> {
  await prisma.ticketWebhookReceipt.deleteMany({ where: { digest } });
}

/** Now and then, forgets deliveries too old to pass the timestamp window; never in the way of the one that triggers it. */
export function maybePruneTicketReceipts(prisma: PrismaClient, now: Date, random: () => number = Math.random): void {
  if (random() * PRUNE_ONE_IN >= 1) return;
  void prisma.ticketWebhookReceipt.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - TICKET_RECEIPT_KEEP_MS) } } }).catch(() => undefined);
}
