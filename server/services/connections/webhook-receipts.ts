import "server-only";
import type { PrismaClient } from "@prisma/client";

/**
 * How long a delivery is remembered: longer than helpdesks keep retrying one, and connectors whose signature covers
 * a timestamp refuse a replay this old anyway.
 */
const KEEP_MS = 86_400_000;
/** Pruning on one delivery in this many keeps the table small without a statement on every delivery. */
const PRUNE_ONE_IN = 100;

export async function alreadyReceived(prisma: PrismaClient, connectionId: string, digest: string): Promise<boolean> {
  const receipt = await prisma.webhookReceipt.findUnique({ where: { connectionId_digest: { connectionId, digest } }, select: { digest: true } });
  return receipt !== null;
}

/** Two copies of one delivery applied at once both get here: the second finds the receipt and changes nothing. */
export async function recordReceipt(prisma: PrismaClient, connectionId: string, digest: string): Promise<void> {
  await prisma.webhookReceipt.createMany({ data: [{ connectionId, digest }], skipDuplicates: true });
}

/** Now and then, forgets deliveries older than a day; never in the way of the delivery that triggers it. */
export function maybePruneReceipts(prisma: PrismaClient, random: () => number = Math.random): void {
  if (random() * PRUNE_ONE_IN >= 1) return;
  void prisma.webhookReceipt.deleteMany({ where: { receivedAt: { lt: new Date(Date.now() - KEEP_MS) } } }).catch(() => undefined);
}
