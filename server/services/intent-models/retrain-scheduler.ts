import "server-only";
import { Prisma, type IntentModel, type PrismaClient } from "@prisma/client";
import { nextRetrainAt } from "../../../lib/intent-models/retrain-policy";
import { currentProcessOwner } from "../../lib/process-owner";
import { getRetrainPolicy } from "./retrain-policy";
import { claimTraining, launchTraining, trainingInProgress } from "./start-training";

/** Who the audit log and the versions table name for a training the schedule started. */
export const SCHEDULE_AUTHOR = "system (schedule)";

/** How often each web process looks whether a training is due: a schedule counts in days, a minute late is nothing. */
const CHECK_EVERY_MS = 60_000;

/**
 * Starts the scheduled training when it is due (retrain-policy.ts nextRetrainAt) and returns its row; null when it
 * is not due, a training is under way, or another process started it first. Exactly once for several processes:
 * the check and the insert run under the training lock (claimTraining), so a process that looks after another's
 * insert finds the new version and nothing due; the unique version number backs that up. The training then decides on activation like a one-click one (decideActivation).
 */
export async function startDueTraining(
  prisma: PrismaClient,
  deps: { now?: Date; launch?: (row: IntentModel) => void } = {},
): Promise<IntentModel | null> {
  const { schedule } = await getRetrainPolicy(prisma);
  if (schedule === "never") return null;
  let row: IntentModel | null;
  try {
    // Under the lock a one-click start takes too, so the two never both pass the "busy" check.
    row = await claimTraining(prisma, async (tx) => {
      const latest = await tx.intentModel.findFirst({ orderBy: { version: "desc" }, select: { version: true, createdAt: true } });
      const due = nextRetrainAt(schedule, latest?.createdAt ?? null)!;
      if (due.getTime() > (deps.now ?? new Date()).getTime()) return null;
      if ((await trainingInProgress(tx)) !== null) return null;
      return tx.intentModel.create({
        data: { version: (latest?.version ?? 0) + 1, author: SCHEDULE_AUTHOR, owner: currentProcessOwner(), progress: { stage: "queued", done: 0, total: 1 } },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
  if (row === null) return null;
  (deps.launch ?? ((r) => launchTraining(prisma, r)))(row);
  return row;
}

/**
 * Looks for a due training now and every minute; returns the function that stops it. It runs in the web process,
 * where one-click trainings start too, so both spawn the same training process beside the same server.
 */
export function startRetrainScheduler(prisma: () => PrismaClient, everyMs = CHECK_EVERY_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const row = await startDueTraining(prisma());
      if (row) console.log(`[ai] the retraining schedule started intent model v${row.version}`);
    } catch (error) {
      console.warn(`[ai] could not check the retraining schedule: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  first.unref();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
