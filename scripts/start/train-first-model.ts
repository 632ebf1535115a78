import type { ChildProcess } from "node:child_process";
import type { PrismaClient } from "@prisma/client";
import { startTraining } from "../../server/services/intent-models/start-training";
import { log } from "./supervisor";

/**
 * On the first start with a labelled history, trains an intent model in the background and makes it active,
 * so classification, the calibration view and backtests speak the history's own categories from the start
 * (the example "Tiered support" flow routes on them). The keyword baseline answers until it is done.
 * Tried again on a later start while no version has trained and the last attempt was interrupted (a failed or
 * stopped start cut it off), but not after a training that failed on its own: that would fail again.
 * Skipped with STUDIO_TRAIN_ON_START=0 (the e2e suite, whose specs expect the baseline).
 */
export async function trainFirstModel(prisma: PrismaClient, demoTickets: number, onSpawn?: (child: ChildProcess) => void): Promise<void> {
  if (process.env.STUDIO_TRAIN_ON_START === "0" || demoTickets === 0) return;
  const retry = await shouldTrain(prisma);
  if (!retry) return;
  const row = await startTraining(prisma, "system (first start)", { activate: true, onSpawn });
  const again = retry === "retry" ? " again, the last one was interrupted" : "";
  log(`ai: training intent model v${row.version} on the history in the background${again} (a few minutes); the keyword baseline classifies until it is active`);
}

async function shouldTrain(prisma: PrismaClient): Promise<"first" | "retry" | null> {
  const versions = await prisma.intentModel.findMany({ select: { status: true, interruptedAt: true }, orderBy: { version: "desc" } });
  if (versions.length === 0) return "first";
  if (versions.some((v) => v.status !== "failed")) return null; // one trained, or one is training now
  return versions[0]!.interruptedAt !== null ? "retry" : null;
}
