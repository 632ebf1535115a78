import "server-only";
import { ZAgentMessageSchema } from "@/lib/tickets/agent-actions";
import { authedProcedure } from "@/server/api/trpc";
import { postAgentMessage } from "@/server/services/tickets/agent/post-agent-message";

/** An agent's public reply or internal note; the ticket's runs hear a reply, and a connected ticket's helpdesk gets either. */
export const postMessageProcedure = authedProcedure("tickets.act")
  .input(ZAgentMessageSchema)
  .mutation(async ({ ctx, input }) => {
    const { message, created, runsSignalled, draftOutcome } = await postAgentMessage(
      { prisma: ctx.prisma, outbox: ctx.ports.outbox, helpdesk: ctx.ports.helpdesk },
      input,
      { email: ctx.user!.email, name: ctx.user!.name },
    );
    return { messageId: message.id, created, runsSignalled, draftOutcome };
  });
