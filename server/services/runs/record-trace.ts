import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { RecordTraceInput } from "../../../workflows/interpret/live/activity-contract";

/**
 * Persists new step-trace lines and the run's status. Lines are keyed by (run, seq), so a retried call
 * writes nothing twice.
 */
export async function recordTrace(prisma: PrismaClient, input: RecordTraceInput): Promise<void> {
  const run = await prisma.flowRun.findUnique({ where: { workflowId: input.workflowId }, select: { id: true } });
  if (run === null) throw new Error(`No flow run for workflow ${input.workflowId}`);
  await prisma.$transaction([
    prisma.runEvent.createMany({
      data: input.entries.map((e) => ({
        runId: run.id,
        seq: e.seq,
        nodeId: e.nodeId,
        nodeType: e.nodeType,
        decision: e.decision,
        reason: e.reason,
        details: (e.details ?? undefined) as Prisma.InputJsonValue | undefined,
        at: new Date(e.at),
      })),
      skipDuplicates: true,
    }),
    prisma.flowRun.update({
      where: { id: run.id },
      data: {
        status: input.status === "completed" ? "completed" : input.status === "waiting" ? "waiting" : "running",
        ...(input.outcome ? { outcome: input.outcome as unknown as Prisma.InputJsonValue, completedAt: new Date() } : {}),
      },
    }),
  ]);
}
