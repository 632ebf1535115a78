import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";

export const ZListTicketsInput = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  /** The id of the last ticket of the previous page; tRPC's infinite queries fill it in. */
  cursor: z.string().min(1).nullish(),
});

/** Newest tickets first, keyset-paginated on (createdAt, id) so pages stay stable while tickets arrive. */
export const listTickets = authedProcedure("tickets.read").input(ZListTicketsInput).query(async ({ ctx, input }) => {
  const rows = await ctx.prisma.ticket.findMany({
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      subject: true,
      channel: true,
      status: true,
      priority: true,
      intent: true,
      intentConfidence: true,
      createdAt: true,
      customer: { select: { id: true, name: true, email: true, plan: true, enterprise: true } },
      queue: { select: { id: true, name: true } },
      runs: {
        orderBy: { startedAt: "desc" },
        take: 1,
        select: { id: true, status: true, outcome: true, shadow: true, startedAt: true, completedAt: true },
      },
    },
  });
  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  return {
    items: page.map(({ runs, ...ticket }) => ({ ...ticket, latestRun: runs[0] ?? null })),
    nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null,
  };
});
