import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { createTicketProcedure } from "./create";
import { getTicket } from "./get";
import { listTickets } from "./list";

/** Ticket procedures, one per file; register a new one with a line below (root.ts mounts this as `tickets`). */
export const ticketsRouter = createTRPCRouter({
  list: listTickets,
  get: getTicket,
  create: createTicketProcedure,
});
