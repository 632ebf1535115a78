import "server-only";
import type { PrismaClient } from "@prisma/client";
import { getLiveFlowId } from "./live-flow";

/** Every flow with its active and shadow versions, newest edits first; `live` marks the one new tickets run on. */
export async function listFlows(prisma: PrismaClient) {
  const liveFlowId = await getLiveFlowId(prisma);
  const flows = await prisma.flow.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      updatedAt: true,
      activeVersion: { select: { id: true, number: true, status: true, publishedAt: true } },
      shadowVersion: { select: { id: true, number: true, status: true } },
      _count: { select: { versions: true } },
    },
  });
  return flows.map(({ activeVersion, shadowVersion, _count, ...flow }) => ({
    ...flow,
    live: flow.id === liveFlowId,
    active: activeVersion,
    shadow: shadowVersion,
    versionCount: _count.versions,
  }));
}
