import "server-only";
import type { PrismaClient } from "@prisma/client";
import { connectionView, type TConnectionView } from "./connection-view";
import { workspaceKey } from "./workspace-key";

/** Every connection with its status, by name. */
export async function listConnections(prisma: PrismaClient, key: Buffer = workspaceKey()): Promise<TConnectionView[]> {
  const rows = await prisma.connection.findMany({ orderBy: { name: "asc" } });
  return rows.map((row) => connectionView(row, key));
}
