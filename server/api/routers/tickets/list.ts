import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZWorkspaceFilterSchema } from "@/lib/tickets/workspace-filter";
import { keysetPageInput } from "@/server/services/lib/keyset-page";
import { listWorkspaceTickets } from "@/server/services/tickets/list-workspace-tickets";

export const ZListTicketsInput = ZWorkspaceFilterSchema.extend(keysetPageInput(50).shape);

/** The agent workspace's list: a queue view and filters, a page at a time (keyset pagination, stable while tickets arrive). */
export const listTickets = authedProcedure("tickets.read")
  .input(ZListTicketsInput)
  .query(({ ctx, input }) => listWorkspaceTickets(ctx.prisma, ctx.user!, input));
