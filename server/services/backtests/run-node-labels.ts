import "server-only";
import type { PrismaClient } from "@prisma/client";
import { storedNodeLabels } from "../flows/stored-node-labels";

/**
 * The labels of a run's nodes, from the plans it stored (or, for a run stored without them, the graphs' own
 * labels): the changed tickets name the node where the sides part by what the canvas shows, even for runs
 * whose stored divergences carry only ids. The candidate's label wins where both sides have the node.
 */
export async function runNodeLabels(prisma: PrismaClient, runId: string): Promise<Map<string, string>> {
  const run = await prisma.backtestRun.findUnique({
    where: { id: runId },
    select: { candidatePlan: true, baselinePlan: true, candidateGraph: true, baselineGraph: true },
  });
  const labels = new Map<string, string>();
  if (run === null) return labels;
  for (const [plan, graph] of [
    [run.candidatePlan, run.candidateGraph],
    [run.baselinePlan, run.baselineGraph],
  ] as const) {
    for (const [id, label] of storedNodeLabels(plan, graph)) if (!labels.has(id)) labels.set(id, label);
  }
  return labels;
}
