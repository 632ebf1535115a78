import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ORIGINS } from "@/lib/tickets/workspace-filter";
import { countWorkspaceViews } from "@/server/services/tickets/list-workspace-tickets";

export const ZViewCountsInput = z.object({ origin: z.enum(ORIGINS).optional() });

/** The workspace's badges: how many open tickets each queue view holds for the signed-in user. */
export const ticketViewCounts = authedProcedure("tickets.read")
  .input(ZViewCountsInput)
  .query(({ ctx, input }) => countWorkspaceViews(ctx.prisma, ctx.user!, input.origin));
