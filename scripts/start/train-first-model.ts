import type { PrismaClient } from "@prisma/client";
import { startTraining } from "../../server/services/intent-models/start-training";
import { log } from "./supervisor";

/**
 * On the first start with a labelled history, trains an intent model in the background and makes it active,
 * so classification, the calibration view and backtests speak the history's own categories from the start
 * (the example "Tiered support" flow routes on them). The keyword baseline answers until it is done.
 * Skipped once any model exists (trained, failed or training), and with STUDIO_TRAIN_ON_START=0 (the e2e
 * suite, whose specs expect the baseline).
 */
export async function trainFirstModel(prisma: PrismaClient, demoTickets: number): Promise<void> {
  if (process.env.STUDIO_TRAIN_ON_START === "0" || demoTickets === 0) return;
  if ((await prisma.intentModel.count()) > 0) return;
  const row = await startTraining(prisma, "system (first start)", { activate: true });
  log(`ai: training intent model v${row.version} on the history in the background (a few minutes); the keyword baseline classifies until it is active`);
}
