import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZLabelTicketsSchema } from "@/lib/intent-models/label-tickets";
import { labelTickets } from "@/server/services/unsure-clusters/label-tickets";

/** Labels live tickets (a possible new intent's examples) with an intent, as training rows from a person. */
export const labelTicketsProcedure = authedProcedure("ai.train")
  .input(ZLabelTicketsSchema)
  .mutation(({ ctx, input }) => labelTickets(ctx.prisma, input, { id: ctx.user!.id, email: ctx.user!.email }));
