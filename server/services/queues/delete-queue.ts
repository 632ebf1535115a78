import "server-only";
import type { PrismaClient } from "@prisma/client";
import { plural } from "../../../lib/settings/plural";
import { ServiceError } from "../lib/service-error";
import { flowsPhrase, flowsUsingQueue } from "./flows-using-queue";

/**
 * Deletes a queue nothing depends on. Tickets keep their queue for the history audit and agents must work
 * somewhere, so a queue with either is refused with a sentence that says what to move first; so is one a
 * published flow routes to.
 */
export async function deleteQueue(prisma: PrismaClient, id: string, actor: string): Promise<void> {
  const queue = await prisma.queue.findUnique({ where: { id }, select: { name: true, _count: { select: { tickets: true, agents: true } } } });
  if (queue === null) throw new ServiceError("not-found", "That queue no longer exists; reload the page.");
  const { tickets, agents } = queue._count;
  if (tickets > 0 || agents > 0) {
    const held = [tickets > 0 ? plural(tickets, "ticket") : null, agents > 0 ? plural(agents, "agent") : null].filter(Boolean).join(" and ");
    const move = agents > 0 ? " Move its agents to another queue first." : "";
    const keep = tickets > 0 ? " Its tickets stay in it for the history audit, so the queue stays too." : "";
    throw new ServiceError("conflict", `“${queue.name}” cannot be deleted: it has ${held}.${move}${keep}`);
  }
  const users = await flowsUsingQueue(prisma, queue.name);
  if (users.length > 0) {
    throw new ServiceError("conflict", `“${queue.name}” cannot be deleted: ${flowsPhrase(users)} ${users.length === 1 ? "routes" : "route"} tickets to it. Point the flows at another queue and publish them first.`);
  }
  await prisma.$transaction([
    prisma.queue.delete({ where: { id } }),
    prisma.auditLog.create({ data: { actor, action: "queue.delete", subject: id, details: { name: queue.name } } }),
  ]);
}
