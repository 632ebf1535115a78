import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { assignOptions } from "@/server/services/tickets/agent/assign-options";

/** Agents and queues an agent may hand a ticket to (agents cannot read the settings pages that list them). */
export const assignOptionsProcedure = authedProcedure("tickets.act").query(({ ctx }) => assignOptions(ctx.prisma));
