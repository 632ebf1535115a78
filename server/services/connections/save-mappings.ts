import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ServiceError } from "../lib/service-error";
import type { TMappingKind, TSaveMappings } from "./connection-input";
import { ConnectionNotFoundError } from "./get-connection";

/**
 * Replaces a connection's queue and agent mappings with the editor's, all together; rows without a helpdesk id are
 * left unmapped. The audit row lists what each queue and agent now stands for.
 */
export async function saveMappings(prisma: PrismaClient, input: TSaveMappings, actor: string): Promise<{ queues: number; agents: number }> {
  const exists = await prisma.connection.findUnique({ where: { id: input.connectionId }, select: { id: true } });
  if (exists === null) throw new ConnectionNotFoundError();
  const rows = [...mapped("queue", input.queues), ...mapped("agent", input.agents)];
  await prisma.$transaction([
    prisma.connectionMapping.deleteMany({ where: { connectionId: input.connectionId } }),
    prisma.connectionMapping.createMany({ data: rows.map((r) => ({ connectionId: input.connectionId, ...r })) }),
    prisma.auditLog.create({
      data: {
        actor,
        action: "connection.mappings",
        subject: input.connectionId,
        details: {
          queues: Object.fromEntries(rows.filter((r) => r.kind === "queue").map((r) => [r.local, r.remoteName ?? r.remoteId])),
          agents: Object.fromEntries(rows.filter((r) => r.kind === "agent").map((r) => [r.local, r.remoteName ?? r.remoteId])),
        },
      },
    }),
  ]);
  return { queues: rows.filter((r) => r.kind === "queue").length, agents: rows.filter((r) => r.kind === "agent").length };
}

function mapped(kind: TMappingKind, items: TSaveMappings["queues"]) {
  const seen = new Set<string>();
  const rows: Array<{ kind: TMappingKind; local: string; remoteId: string; remoteName: string | null }> = [];
  for (const item of items) {
    // Agents are looked up by email, which helpdesks and people write in any case.
    const local = kind === "agent" ? item.local.toLowerCase() : item.local;
    if (seen.has(local)) throw new ServiceError("invalid", `The ${kind} “${item.local}” is listed twice; map it once.`);
    seen.add(local);
    if (item.remoteId) rows.push({ kind, local, remoteId: item.remoteId, remoteName: item.remoteName ?? null });
  }
  return rows;
}
