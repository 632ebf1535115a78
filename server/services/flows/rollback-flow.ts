import "server-only";
import type { PrismaClient } from "@prisma/client";
import { FlowVersionNotFoundError } from "./flow-errors";
import { writeFlowVersion, type WrittenFlowVersion } from "./write-flow-version";

/**
 * Re-publishes an earlier version's graph as a NEW version ("Rollback to v2: …") that becomes active.
 * Old versions are never reactivated or edited, so history stays a straight line and every ticket's
 * version id keeps meaning what it meant. The graph is recompiled against today's queues.
 *
 * The draft is left alone on purpose: it may hold unpublished work, and nothing valid is lost. The
 * studio shows that the draft differs from the active version.
 */
export async function rollbackFlow(
  prisma: PrismaClient,
  input: { flowId: string; versionId: string; actor: string; message?: string },
): Promise<WrittenFlowVersion & { rolledBackTo: number }> {
  const target = await prisma.flowVersion.findFirst({
    where: { id: input.versionId, flowId: input.flowId },
    select: { number: true, graph: true, message: true },
  });
  if (target === null) throw new FlowVersionNotFoundError(input.versionId, input.flowId);
  const why = input.message?.trim() || target.message || "no message";
  const written = await writeFlowVersion(prisma, {
    flowId: input.flowId,
    graph: target.graph,
    actor: input.actor,
    message: `Rollback to v${target.number}: ${why}`,
    role: "active",
    audit: { action: "flow.rollback", details: { rolledBackTo: target.number, rolledBackToId: input.versionId } },
  });
  return { ...written, rolledBackTo: target.number };
}
