import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getTicketDetail } from "@/server/services/tickets/ticket-queries";

export const ZGetTicketInput = z.object({ id: z.string().min(1) });

/** One ticket with its conversation, every flow run with its step trace, and the effects it caused. */
export const getTicket = authedProcedure("tickets.read")
  .input(ZGetTicketInput)
  .query(({ ctx, input }) => getTicketDetail(ctx.prisma, input.id));
