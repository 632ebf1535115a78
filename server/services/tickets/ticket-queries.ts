import "server-only";
import type { PrismaClient } from "@prisma/client";
import { storedNodeLabels } from "../flows/stored-node-labels";
import { ServiceError } from "../lib/service-error";

/** One ticket with its conversation, every flow run with its step trace, and the effects it caused. */
export async function getTicketDetail(prisma: PrismaClient, id: string) {
  const ticket = await prisma.ticket.findUnique({
    where: { id },
    include: {
      customer: true,
      queue: { select: { id: true, name: true } },
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      runs: {
        orderBy: { startedAt: "desc" },
        include: {
          version: { select: { id: true, number: true, plan: true, graph: true, flow: { select: { id: true, name: true } } } },
          events: { orderBy: { seq: "asc" } },
        },
      },
      effects: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!ticket) throw new ServiceError("not-found", `There is no ticket with id "${id}".`);
  // Each run's steps are named by their node's label in the version it ran (two route steps read apart); the
  // version's plan and graph themselves stay here.
  const runs = ticket.runs.map(({ version: { plan, graph, ...version }, ...run }) => ({
    ...run,
    version,
    nodeLabels: Object.fromEntries(storedNodeLabels(plan, graph)) as Record<string, string>,
  }));
  return { ...ticket, runs };
}
