import "server-only";
import { ZAgentTicketChangeSchema } from "@/lib/tickets/agent-actions";
import { authedProcedure } from "@/server/api/trpc";
import { changeTicketField } from "@/server/services/tickets/agent/change-ticket-field";

/** An agent's change to status, priority, assignee or queue: the ticket's runs hear it, and a connected ticket's helpdesk gets it. */
export const changeFieldProcedure = authedProcedure("tickets.act")
  .input(ZAgentTicketChangeSchema)
  .mutation(({ ctx, input }) =>
    changeTicketField({ prisma: ctx.prisma, outbox: ctx.ports.outbox, helpdesk: ctx.ports.helpdesk }, input, { email: ctx.user!.email, name: ctx.user!.name }),
  );
