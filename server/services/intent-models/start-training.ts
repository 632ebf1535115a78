import { spawn } from "node:child_process";
import path from "node:path";
import type { IntentModel, PrismaClient } from "@prisma/client";
import { createModelVersion } from "./train-and-store";

/**
 * Starts training a new version in a child process (scripts/train-intent-model.ts) and returns its row at once.
 * The child inherits DATABASE_URL; if it dies, the row says so.
 */
export async function startTraining(prisma: PrismaClient, author: string, opts: { activate?: boolean; sources?: string[] } = {}): Promise<IntentModel> {
  const busy = await prisma.intentModel.findFirst({ where: { status: "training", createdAt: { gt: new Date(Date.now() - STALE_MS) } } });
  if (busy !== null) throw new TrainingBusyError(`Model version ${busy.version} is training; wait for it to finish`);
  const row = await createModelVersion(prisma, author);
  const script = path.resolve(process.cwd(), "scripts", "train-intent-model.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, row.id, ...(opts.activate ? ["--activate"] : []), ...(opts.sources ?? []).map((s) => `--source=${s}`)], { stdio: ["ignore", "inherit", "inherit"], env: process.env });
  child.on("exit", (code, signal) => {
    if (code === 0) return;
    void prisma.intentModel
      .updateMany({ where: { id: row.id, status: "training" }, data: { status: "failed", error: `The training process stopped (${signal ?? `exit ${code}`})`, finishedAt: new Date() } })
      .catch(() => undefined);
  });
  return row;
}

/** A training run older than this that never finished was cut off with its server. */
const STALE_MS = 30 * 60_000;

export class TrainingBusyError extends Error {}
