import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import { connectionView, type TConnectionView } from "./connection-view";
import { unmappedQueues, type TUnmappedQueue } from "./unmapped-queues";
import { workspaceKey } from "./workspace-key";

export interface TConnectionDetail extends TConnectionView {
  mappings: Array<{ kind: string; local: string; remoteId: string; remoteName: string | null }>;
  /** Queues the published flows route to that this connection does not map. */
  unmappedQueues: TUnmappedQueue[];
}

/** One connection with its mappings and the queues its flows name but it does not map. */
export async function getConnection(prisma: PrismaClient, id: string, key: Buffer = workspaceKey()): Promise<TConnectionDetail> {
  const row = await prisma.connection.findUnique({
    where: { id },
    include: { mappings: { select: { kind: true, local: true, remoteId: true, remoteName: true }, orderBy: [{ kind: "asc" }, { local: "asc" }] } },
  });
  if (row === null) throw new ConnectionNotFoundError();
  const { mappings, ...connection } = row;
  return { ...connectionView(connection, key), mappings, unmappedQueues: await unmappedQueues(prisma, id) };
}

export class ConnectionNotFoundError extends ServiceError {
  constructor() {
    super("not-found", "That connection no longer exists; reload the page.");
  }
}
