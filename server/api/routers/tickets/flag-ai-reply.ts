import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZAiFeedbackSchema } from "@/lib/tickets/ai-feedback";
import { flagAiReply } from "@/server/services/ai-feedback/flag-ai-reply";

/** An agent's verdict on an AI reply or draft, with the right answer and the ticket's real intent when given. */
export const flagAiReplyProcedure = authedProcedure("tickets.feedback")
  .input(ZAiFeedbackSchema)
  .mutation(async ({ ctx, input }) => {
    const feedback = await flagAiReply(ctx.prisma, input, { id: ctx.user!.id, email: ctx.user!.email });
    return { id: feedback.id };
  });
