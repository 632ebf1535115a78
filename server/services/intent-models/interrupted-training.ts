import "server-only";
import type { PrismaClient } from "@prisma/client";
import { isLeftBehind } from "../../lib/process-owner";

/**
 * A training cut off before it finished (its process was stopped, or died with a failed start) is failed with
 * the reason and marked interrupted, which is what lets the first-start training try again (train-first-model).
 * Only a row still training is touched: one that finished in the meantime keeps its result.
 */
export async function markTrainingInterrupted(prisma: PrismaClient, modelId: string, reason: string): Promise<boolean> {
  const now = new Date();
  const { count } = await prisma.intentModel.updateMany({
    where: { id: modelId, status: "training" },
    data: { status: "failed", error: reason, interruptedAt: now, finishedAt: now },
  });
  return count > 0;
}

/** Every version left "training" by a process that no longer exists (see isLeftBehind). */
export async function recoverInterruptedTrainings(prisma: PrismaClient): Promise<number[]> {
  const training = await prisma.intentModel.findMany({ where: { status: "training" }, select: { id: true, version: true, owner: true } });
  const recovered: number[] = [];
  for (const row of training) {
    if (!isLeftBehind(row.owner)) continue;
    const reason = "The training process stopped before it finished (the studio was stopped or its start failed)";
    if (await markTrainingInterrupted(prisma, row.id, reason)) recovered.push(row.version);
  }
  return recovered;
}
