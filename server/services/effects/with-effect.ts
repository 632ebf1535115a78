import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Exactly-once effects. The effect row (unique idempotency key) and the change it stands for commit in
 * one transaction, so a retried activity or a restarted worker finds the row and returns the first
 * result instead of acting again. Sends to outside systems happen inside `apply`, before commit: a
 * failed send rolls the claim back and the activity retries.
 */
export async function withEffect<R extends Record<string, unknown>>(
  prisma: PrismaClient,
  effect: { idempotencyKey: string; ticketId: string; kind: string; payload: Record<string, unknown> },
  apply: (tx: Tx) => Promise<R>,
): Promise<R & { effectId: string; duplicate: boolean }> {
  const existing = await prisma.effect.findUnique({ where: { idempotencyKey: effect.idempotencyKey } });
  if (existing !== null) return { ...(resultOf(existing.payload) as R), effectId: existing.id, duplicate: true };
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.effect.create({
        data: { idempotencyKey: effect.idempotencyKey, ticketId: effect.ticketId, kind: effect.kind, payload: effect.payload as Prisma.InputJsonValue },
      });
      const result = await apply(tx);
      await tx.effect.update({ where: { id: row.id }, data: { payload: { ...effect.payload, result } as Prisma.InputJsonValue } });
      return { ...result, effectId: row.id, duplicate: false };
    });
  } catch (err) {
    // Two attempts raced past the lookup: the loser reads the winner's row.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const row = await prisma.effect.findUniqueOrThrow({ where: { idempotencyKey: effect.idempotencyKey } });
      return { ...(resultOf(row.payload) as R), effectId: row.id, duplicate: true };
    }
    throw err;
  }
}

function resultOf(payload: Prisma.JsonValue): Record<string, unknown> {
  if (payload !== null && typeof payload === "object" && !Array.isArray(payload) && "result" in payload) {
    const r = payload.result;
    if (r !== null && typeof r === "object" && !Array.isArray(r)) return r as Record<string, unknown>;
  }
  return {};
}
