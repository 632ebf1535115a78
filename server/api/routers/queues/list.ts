import { authedProcedure } from "@/server/api/trpc";

const OPEN_STATUSES = ["new", "open", "pending"] as const;

/** Queues by name, with how many agents work them and how many of their tickets are still open. */
export const listQueues = authedProcedure("flows.read").query(async ({ ctx }) => {
  const queues = await ctx.prisma.queue.findMany({
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
});
