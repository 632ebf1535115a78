import type { PrismaClient } from "@prisma/client";

/** Cancelling a run that has ended (or does not exist): the page shows the message. */
export class BacktestNotRunningError extends Error {
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "CONFLICT",
  ) {
    super(message);
  }
}

/**
 * Stops a queued or running backtest. The run is marked cancelled first, in one statement that only matches a
 * run still going, so a run that has just completed stays completed. Then the runner stops: the in-process one
 * checks the status before each chunk (executeBacktestInProcess); the Temporal workflow is cancelled, which
 * cancels its chunks in flight. Completed chunks and their changed tickets are kept, as after a crash.
 */
export async function cancelBacktest(
  prisma: PrismaClient,
  runId: string,
  cancelWorkflow: (workflowId: string) => Promise<void> = cancelTemporalRun,
): Promise<void> {
  const updated = await prisma.backtestRun.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", finishedAt: new Date(), error: null },
  });
  if (updated.count === 0) {
    const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { status: true } });
    if (run === null) throw new BacktestNotRunningError("No such backtest", "NOT_FOUND");
    throw new BacktestNotRunningError(`The backtest has already ${run.status === "cancelled" ? "been cancelled" : run.status}`, "CONFLICT");
  }
  const { workflowId } = await prisma.backtestRun.findUniqueOrThrow({ where: { id: runId }, select: { workflowId: true } });
  if (workflowId !== null) await cancelWorkflow(workflowId);
}

/** Whether a run was cancelled: runners ask before each chunk. */
export async function isCancelled(prisma: PrismaClient, runId: string): Promise<boolean> {
  const run = await prisma.backtestRun.findUnique({ where: { id: runId }, select: { status: true } });
  return run?.status === "cancelled";
}

/** Loaded on use, so the web bundle never pulls in the Temporal client for a page that only reads runs. */
async function cancelTemporalRun(workflowId: string): Promise<void> {
  const { cancelBacktestWorkflow } = await import("../../../temporal/backtest-starter");
  await cancelBacktestWorkflow(workflowId);
}
