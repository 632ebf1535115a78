import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { listCategoryTickets, ZCategoryTicketsInputSchema } from "@/server/services/history-audit/category-tickets";

/** One category's tickets, newest first, cursor-paged: the drill-down under a row of the audit's category table. */
export const historyAuditCategoryTickets = authedProcedure("history.read")
  .input(ZCategoryTicketsInputSchema)
  .query(({ ctx, input }) => listCategoryTickets(ctx.prisma, input));
