import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { IntentModel, Prisma, PrismaClient } from "@prisma/client";
import { NODE_TSX_ARGS } from "../../lib/node-flags";
import { ownerState } from "../../lib/process-owner";
import { ServiceError } from "../lib/service-error";
import { markTrainingInterrupted } from "./interrupted-training";
import { insertNextVersion } from "./train-and-store";

/**
 * Starts training a new version in a child process (scripts/train-intent-model.ts) and returns its row at once.
 * The child inherits DATABASE_URL; if it dies, the row says so. `onSpawn` hands the child to a caller that must
 * stop it in order (the start script stops it before the database it writes to).
 */
export async function startTraining(
  prisma: PrismaClient,
  author: string,
  opts: { activate?: boolean; sources?: string[]; onSpawn?: (child: ChildProcess) => void; launch?: (row: IntentModel) => void } = {},
): Promise<IntentModel> {
  const row = await claimTraining(prisma, async (tx) => {
    const busy = await trainingInProgress(tx);
    if (busy !== null) throw new TrainingBusyError(`Model version ${busy.version} is training; wait for it to finish, then train again.`);
    return insertNextVersion(tx, author);
  });
  (opts.launch ?? ((r) => launchTraining(prisma, r, opts)))(row);
  return row;
}

/** Any fixed number: the advisory lock every training start takes (startTraining, the retraining schedule). */
const TRAINING_START_LOCK = 7_301_004;

/**
 * Runs "is a training under way? if not, create its row" as one step across every process: under a transaction-scoped
 * advisory lock, so of two starts at the same moment the second waits for the first's row, then sees it and stops.
 * Without it both could pass the check before either row exists, and two trainings would race for the cores and the
 * active version.
 */
export async function claimTraining<T>(prisma: PrismaClient, claim: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TRAINING_START_LOCK}::bigint)`;
    return claim(tx);
  });
}

/** Spawns the training process for a version row already created (by startTraining or the retraining schedule). */
export function launchTraining(prisma: PrismaClient, row: IntentModel, opts: { activate?: boolean; sources?: string[]; onSpawn?: (child: ChildProcess) => void } = {}): void {
  const script = path.resolve(process.cwd(), "scripts", "train-intent-model.ts");
  const args = [...NODE_TSX_ARGS, script, row.id, ...(opts.activate ? ["--activate"] : []), ...(opts.sources ?? []).map((s) => `--source=${s}`)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"], env: process.env });
  // A child that ends with its row still training never got to record an outcome: it was cut off, not beaten.
  child.on("exit", (code, signal) => {
    if (code === 0) return;
    void markTrainingInterrupted(prisma, row.id, `The training process stopped (${signal ?? `exit ${code}`})`).catch(() => undefined);
  });
  opts.onSpawn?.(child);
}

/**
 * A version whose training is still under way: its process is alive, or runs on another host and started recently
 * (only that host could tell, and a training takes minutes, not hours).
 */
export async function trainingInProgress(prisma: Pick<PrismaClient, "intentModel">): Promise<Omit<IntentModel, "blob"> | null> {
  const training = await prisma.intentModel.findMany({ where: { status: "training" }, orderBy: { version: "desc" }, omit: { blob: true } });
  return (
    training.find((row) => {
      const state = ownerState(row.owner);
      return state === "alive" || (state === "unknown" && row.createdAt.getTime() > Date.now() - STALE_MS);
    }) ?? null
  );
}

/** A training on another host older than this that never finished was cut off with its server. */
const STALE_MS = 30 * 60_000;

/** Another version is training: one at a time, so two trainings never race for the cores or the active version. */
class TrainingBusyError extends ServiceError {
  constructor(message: string) {
    super("conflict", message);
  }
}
