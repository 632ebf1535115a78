import "server-only";
import type { PrismaClient } from "@prisma/client";
import { connectorFor } from "../../helpdesk/connectors";

export interface TConnectionQueueMap {
  name: string;
  /** The helpdesk's name: "Zendesk". */
  title: string;
  /** The studio queues this connection maps to a helpdesk group. */
  queues: string[];
}

/**
 * For the flow editor's warnings: each connection that is on and the queues it maps. Names only, nothing of the
 * credentials, so every role that reads flows may see it.
 */
export async function connectionQueueMaps(prisma: PrismaClient): Promise<TConnectionQueueMap[]> {
  const rows = await prisma.connection.findMany({
    where: { enabled: true },
    select: { name: true, kind: true, mappings: { where: { kind: "queue" }, select: { local: true } } },
    orderBy: { name: "asc" },
  });
  // A connection that takes the studio's own queue names (the sender's own system) leaves no queue unmapped.
  return rows
    .filter((r) => connectorFor(r.kind).takesStudioNames !== true)
    .map((r) => ({ name: r.name, title: connectorFor(r.kind).title, queues: r.mappings.map((m) => m.local) }));
}
