import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { HelpdeskGateway } from "../../ports";
import { helpdeskClientFor } from "./connection-clients";
import { remoteIdOrName } from "./resolve-mapping";

/** The worker's way into the helpdesks: each connection's cached, rate-limited client, and its queue and agent mappings. */
export function helpdeskGateway(prisma: PrismaClient): HelpdeskGateway {
  return {
    client: (connectionId) => helpdeskClientFor(prisma, connectionId),
    remoteId: (connectionId, kind, local) => remoteIdOrName(prisma, connectionId, kind, local),
  };
}
