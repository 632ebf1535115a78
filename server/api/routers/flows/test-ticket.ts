import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { runTestTicket } from "@/server/services/flows/test-ticket/test-ticket";
import { ZTestTicketInputSchema } from "@/lib/flows/test-ticket";

/**
 * Runs a test ticket on the draft or a version (nothing stored, nothing sent). Editors only: it runs any graph it
 * is given and spends the workspace's AI and data-source calls, which readers of flows should not set off.
 */
export const testTicketProcedure = authedProcedure("flows.edit")
  .input(ZTestTicketInputSchema)
  .mutation(({ ctx, input }) => runTestTicket(ctx.ports, input));
