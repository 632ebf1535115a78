import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { changedTicketDetail } from "@/server/services/backtests/backtest-view";

/** One changed ticket: its text and timeline, both outcomes, where they part, and both step traces. */
export const changedTicketProcedure = authedProcedure("backtests.read")
  .input(z.object({ id: z.string().min(1), ticketId: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const detail = await changedTicketDetail(ctx.prisma, input.id, input.ticketId);
    if (detail === null) {
      throw new TRPCError({ code: "NOT_FOUND", message: `Ticket "${input.ticketId}" did not change in backtest "${input.id}".` });
    }
    return detail;
  });
