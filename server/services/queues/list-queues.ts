import "server-only";
import type { PrismaClient } from "@prisma/client";
import { OPEN_STATUSES } from "../tickets/open-statuses";

/** Queues by name, with how many agents work them and how many of their tickets are still open. */
export async function listQueues(prisma: PrismaClient) {
  const queues = await prisma.queue.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      skills: true,
      createdAt: true,
      _count: { select: { agents: true, tickets: { where: { status: { in: [...OPEN_STATUSES] } } } } },
    },
  });
  return queues.map(({ _count, ...queue }) => ({ ...queue, agentCount: _count.agents, openTicketCount: _count.tickets }));
}
