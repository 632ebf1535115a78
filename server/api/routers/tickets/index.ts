import { createTRPCRouter } from "@/server/api/trpc";
import { createTicketProcedure } from "./create";
import { getTicket } from "./get";
import { listTickets } from "./list";

/**
 * Ticket procedures, one per file. To add one (e.g. `create` from ./create), import it and add a line
 * below; root.ts already mounts this router as `tickets`.
 */
export const ticketsRouter = createTRPCRouter({
  list: listTickets,
  get: getTicket,
  create: createTicketProcedure,
});
