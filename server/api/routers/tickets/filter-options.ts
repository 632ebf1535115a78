import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { workspaceFilterOptions } from "@/server/services/tickets/list-workspace-tickets";

/** The queues and intents the workspace's filters offer. */
export const ticketFilterOptions = authedProcedure("tickets.read").query(({ ctx }) => workspaceFilterOptions(ctx.prisma));
