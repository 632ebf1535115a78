import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ConnectionNotFoundError } from "./get-connection";

/**
 * Removes a connection with its mappings and webhook receipts; its tickets stay, no longer tied to it (their
 * effects then stay in the studio). The audit row keeps what it was.
 */
export async function deleteConnection(prisma: PrismaClient, id: string, actor: string): Promise<void> {
  const row = await prisma.connection.findUnique({ where: { id }, select: { kind: true, name: true, settings: true } });
  if (row === null) throw new ConnectionNotFoundError();
  await prisma.$transaction([
    prisma.connection.delete({ where: { id } }),
    prisma.auditLog.create({ data: { actor, action: "connection.delete", subject: id, details: { kind: row.kind, name: row.name, settings: row.settings ?? {} } } }),
  ]);
}
