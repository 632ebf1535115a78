import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { StudioPorts } from "../../ports";
import { ServiceError } from "../lib/service-error";

/** Cancelling a run that has ended (or does not exist): the page shows the message. */
export class BacktestNotRunningError extends ServiceError {
  constructor(message: string, kind: "not-found" | "conflict") {
    super(kind, message);
  }
}

/**
 * Stops a queued or running backtest. The run is marked cancelled first, in one statement that only matches a
 * run still going, so a run that has just completed stays completed. Then the run's runner stops it: the in-process
 * one checks the status before each chunk (executeBacktestInProcess); the Temporal workflow is cancelled, which
 * cancels its chunks in flight. Completed chunks and their changed tickets are kept, as after a crash.
 */
export async function cancelBacktest(ports: Pick<StudioPorts, "prisma" | "backtestRunners">, runId: string): Promise<void> {
  const { prisma } = ports;
  const updated = await prisma.backtestRun.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", finishedAt: new Date(), error: null },
  });
  if (updated.count === 0) {
    const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { status: true } });
    if (run === null) throw new BacktestNotRunningError("No such backtest", "not-found");
    throw new BacktestNotRunningError(`The backtest has already ${run.status === "cancelled" ? "been cancelled" : run.status}`, "conflict");
  }
  const { mode, workflowId } = await prisma.backtestRun.findUniqueOrThrow({ where: { id: runId }, select: { mode: true, workflowId: true } });
  await ports.backtestRunners[mode === "temporal" ? "temporal" : "in-process"].cancel({ id: runId, workflowId });
}

/** Whether a run was cancelled: runners ask before each chunk. */
export async function isCancelled(prisma: PrismaClient, runId: string): Promise<boolean> {
  const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { status: true } });
  return run?.status === "cancelled";
}
