import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";

export type Tx = Prisma.TransactionClient;
/** Where an effect writes: the client (the effect gets a transaction of its own) or a transaction it joins. */
export type Db = PrismaClient | Tx;

/**
 * Exactly-once effects. The effect row (unique idempotency key) and the change it stands for commit in
 * one transaction, so a retried activity or a restarted worker finds the row and returns the first
 * result instead of acting again. Sends to outside systems happen inside `apply`, before commit: a
 * failed send rolls the claim back and the activity retries. Given a transaction (a batch of effects), the
 * effect joins it and commits or rolls back with the rest of the batch.
 *
 * The claim is one insert that does nothing on a known key: a concurrent attempt with the same key waits for the
 * first to commit and then finds its row. Plain SQL, because every live effect passes here and a raw statement
 * costs a fraction of an ORM query's planning.
 */
export async function withEffect<R extends Record<string, unknown>>(
  db: Db,
  effect: { idempotencyKey: string; ticketId: string; kind: string; payload: Record<string, unknown> },
  apply: (tx: Tx) => Promise<R>,
): Promise<R & { effectId: string; duplicate: boolean }> {
  return "$transaction" in db ? db.$transaction((tx) => claimAndApply(tx, effect, apply)) : claimAndApply(db, effect, apply);
}

async function claimAndApply<R extends Record<string, unknown>>(
  tx: Tx,
  effect: { idempotencyKey: string; ticketId: string; kind: string; payload: Record<string, unknown> },
  apply: (tx: Tx) => Promise<R>,
): Promise<R & { effectId: string; duplicate: boolean }> {
  const { idempotencyKey, ticketId, kind, payload } = effect;
  const claimed = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "Effect" ("id", "idempotencyKey", "ticketId", "kind", "payload")
    VALUES (${randomUUID()}, ${idempotencyKey}, ${ticketId}, ${kind}, ${JSON.stringify(payload)}::jsonb)
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING "id"`;
  const id = claimed[0]?.id;
  if (id === undefined) {
    const rows = await tx.$queryRaw<Array<{ id: string; payload: Prisma.JsonValue }>>`SELECT "id", "payload" FROM "Effect" WHERE "idempotencyKey" = ${idempotencyKey}`;
    const row = rows[0];
    if (row === undefined) throw new Error(`Effect ${idempotencyKey} was claimed and is gone`);
    return { ...(resultOf(row.payload) as R), effectId: row.id, duplicate: true };
  }
  const result = await apply(tx);
  await tx.$executeRaw`UPDATE "Effect" SET "payload" = ${JSON.stringify({ ...payload, result })}::jsonb WHERE "id" = ${id}`;
  return { ...result, effectId: id, duplicate: false };
}

function resultOf(payload: Prisma.JsonValue): Record<string, unknown> {
  if (payload !== null && typeof payload === "object" && !Array.isArray(payload) && "result" in payload) {
    const r = payload.result;
    if (r !== null && typeof r === "object" && !Array.isArray(r)) return r as Record<string, unknown>;
  }
  return {};
}
