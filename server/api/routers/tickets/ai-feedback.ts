import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ticketAiFeedback } from "@/server/services/ai-feedback/feedback-queries";

/** The flags agents put on a ticket's AI messages. */
export const ticketAiFeedbackProcedure = authedProcedure("tickets.read")
  .input(z.object({ ticketId: z.string().min(1) }))
  .query(({ ctx, input }) => ticketAiFeedback(ctx.prisma, input.ticketId));
