import "server-only";
import { createTRPCRouter } from "@/server/api/trpc";
import { ticketAiFeedbackProcedure } from "./ai-feedback";
import { assignOptionsProcedure } from "./assign-options";
import { changeFieldProcedure } from "./change-field";
import { createTicketProcedure } from "./create";
import { discardDraftProcedure } from "./discard-draft";
import { flagAiReplyProcedure } from "./flag-ai-reply";
import { getTicket } from "./get";
import { handoffProcedure } from "./handoff";
import { ticketFilterOptions } from "./filter-options";
import { listTickets } from "./list";
import { postMessageProcedure } from "./post-message";
import { ticketViewCounts } from "./view-counts";

/** Ticket procedures, one per file; register a new one with a line below (root.ts mounts this as `tickets`). */
export const ticketsRouter = createTRPCRouter({
  list: listTickets,
  viewCounts: ticketViewCounts,
  filterOptions: ticketFilterOptions,
  get: getTicket,
  create: createTicketProcedure,
  flagAiReply: flagAiReplyProcedure,
  aiFeedback: ticketAiFeedbackProcedure,
  handoff: handoffProcedure,
  postMessage: postMessageProcedure,
  discardDraft: discardDraftProcedure,
  changeField: changeFieldProcedure,
  assignOptions: assignOptionsProcedure,
});
