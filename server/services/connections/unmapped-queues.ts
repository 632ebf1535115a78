import "server-only";
import type { PrismaClient } from "@prisma/client";
import { connectorFor, isConnectionKind } from "../../helpdesk/connectors";
import { unmappedQueuesOf, type TUnmappedQueue } from "./plan-queues";

export type { TUnmappedQueue } from "./plan-queues";

/**
 * The queues the published flows (their live and shadow versions) route or escalate to that the connection does not
 * map: a connected ticket sent there would find no helpdesk group to go to.
 */
export async function unmappedQueues(prisma: PrismaClient, connectionId: string): Promise<TUnmappedQueue[]> {
  const connection = await prisma.connection.findUnique({ where: { id: connectionId }, select: { kind: true } });
  // A connection that takes the studio's own queue names has no queue it cannot send.
  if (connection !== null && isConnectionKind(connection.kind) && connectorFor(connection.kind).takesStudioNames === true) return [];
  const [flows, mapped] = await Promise.all([
    prisma.flow.findMany({
      where: { OR: [{ activeVersionId: { not: null } }, { shadowVersionId: { not: null } }] },
      select: { name: true, activeVersion: { select: { plan: true } }, shadowVersion: { select: { plan: true } } },
    }),
    prisma.connectionMapping.findMany({ where: { connectionId, kind: "queue" }, select: { local: true } }),
  ]);
  return unmappedQueuesOf(
    flows.map((f) => ({ name: f.name, plans: [f.activeVersion?.plan, f.shadowVersion?.plan].filter((p) => p != null) })),
    new Set(mapped.map((m) => m.local)),
  );
}
