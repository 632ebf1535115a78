import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";

export const ZGetTicketInput = z.object({ id: z.string().min(1) });

/** One ticket with its conversation, every flow run with its step trace, and the effects it caused. */
export const getTicket = authedProcedure("tickets.read").input(ZGetTicketInput).query(async ({ ctx, input }) => {
  const ticket = await ctx.prisma.ticket.findUnique({
    where: { id: input.id },
    include: {
      customer: true,
      queue: { select: { id: true, name: true } },
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      runs: {
        orderBy: { startedAt: "desc" },
        include: {
          version: { select: { id: true, number: true, flow: { select: { id: true, name: true } } } },
          events: { orderBy: { seq: "asc" } },
        },
      },
      effects: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!ticket) throw new TRPCError({ code: "NOT_FOUND", message: `There is no ticket with id "${input.id}".` });
  return ticket;
});
