import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { OutboxHandler, OutboxMessageRow } from "./outbox";

// Times are the database's, in UTC like every DateTime Prisma writes, so processes with skewed clocks agree on
// what is due.

/**
 * Now, cut to the column's milliseconds. Stored as it is, the time would be rounded, up half the time, and a claim
 * made within that fraction of a millisecond after the commit (the kick that follows it) would find the message
 * not yet due and leave it to the next sweep.
 */
const DUE_NOW = Prisma.sql`date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC')`;

/** A message to write in the caller's transaction; a second one with the same key fails that transaction. */
export interface NewOutboxMessage {
  kind: string;
  key: string;
  payload: unknown;
}

/**
 * Writes messages, due at once. Raw SQL: a start message carries the whole plan, and Prisma's own insert spends
 * far more CPU on it than sending the JSON text as it is, on every ticket. With `skipDuplicates`, a message whose
 * key is still waiting is kept as it is instead of failing the transaction (an event applied a second time).
 */
export async function enqueue(tx: Prisma.TransactionClient, messages: NewOutboxMessage[], options: { skipDuplicates?: boolean } = {}): Promise<void> {
  if (messages.length === 0) return;
  const rows = messages.map(
    (m) => Prisma.sql`(gen_random_uuid()::text, ${m.kind}, ${m.key}, ${JSON.stringify(m.payload)}::jsonb, ${DUE_NOW}, ${DUE_NOW})`,
  );
  const onConflict = options.skipDuplicates ? Prisma.sql`ON CONFLICT ("key") DO NOTHING` : Prisma.empty;
  await tx.$executeRaw`INSERT INTO "OutboxMessage" ("id", "kind", "key", "payload", "availableAt", "createdAt") VALUES ${Prisma.join(rows)} ${onConflict}`;
}

/** Makes waiting messages due now (a redelivery asks again for what is still pending); how many there were. */
export function makeDue(prisma: PrismaClient, keys: string[]): Promise<number> {
  if (keys.length === 0) return Promise.resolve(0);
  return prisma.$executeRaw`UPDATE "OutboxMessage" SET "availableAt" = ${DUE_NOW} WHERE "key" = ANY(${keys}::text[])`;
}

/**
 * Claims up to `limit` due messages for this dispatcher: their availableAt moves `leaseMs` ahead, so nobody else
 * takes them while they are delivered, and a dispatcher that dies mid-delivery hands them on when the lease ends.
 * SKIP LOCKED lets concurrent claims pass each other instead of queueing or taking the same rows.
 * `graceMs` leaves messages this young to the dispatcher that wrote them.
 */
export function claimDue(prisma: PrismaClient, { limit, leaseMs, graceMs }: { limit: number; leaseMs: number; graceMs: number }): Promise<OutboxMessageRow[]> {
  return prisma.$queryRaw<OutboxMessageRow[]>`
    UPDATE "OutboxMessage"
    SET "availableAt" = (clock_timestamp() AT TIME ZONE 'UTC') + ${leaseMs}::int * interval '1 millisecond'
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "availableAt" <= (clock_timestamp() AT TIME ZONE 'UTC') - ${graceMs}::int * interval '1 millisecond'
      ORDER BY "availableAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "key", "payload", "attempts"`;
}

export async function deleteDelivered(prisma: PrismaClient, ids: string[]): Promise<void> {
  await prisma.outboxMessage.deleteMany({ where: { id: { in: ids } } });
}

/** Counts the failed attempt and makes the message due again after `retryInMs`. */
export async function recordFailure(prisma: PrismaClient, id: string, error: string, retryInMs: number): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "OutboxMessage"
    SET "attempts" = "attempts" + 1, "lastError" = ${error},
        "availableAt" = (clock_timestamp() AT TIME ZONE 'UTC') + ${Math.round(retryInMs)}::int * interval '1 millisecond'
    WHERE "id" = ${id}`;
}

/** The message waits for another one: due again after `retryInMs`, with no attempt counted. */
export async function postpone(prisma: PrismaClient, id: string, reason: string, retryInMs: number): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "OutboxMessage"
    SET "lastError" = ${reason},
        "availableAt" = (clock_timestamp() AT TIME ZONE 'UTC') + ${Math.round(retryInMs)}::int * interval '1 millisecond'
    WHERE "id" = ${id}`;
}

/** The message will never go out: its handler records that, and the message goes, together. */
export async function giveUp(prisma: PrismaClient, message: OutboxMessageRow, handler: OutboxHandler, error: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await handler.giveUp(tx, message.payload, error);
    await tx.outboxMessage.deleteMany({ where: { id: message.id } });
  });
}
