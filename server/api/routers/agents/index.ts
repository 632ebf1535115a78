import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure, createTRPCRouter } from "@/server/api/trpc";
import { ZAgentFormSchema } from "@/lib/settings/agent-schema";
import { listAgents } from "@/server/services/agents/list-agents";
import { createAgent, deleteAgent, updateAgent } from "@/server/services/agents/save-agent";

/** The people tickets are routed to: read by managers, changed by admins. */
export const agentsRouter = createTRPCRouter({
  list: authedProcedure("settings.read").query(({ ctx }) => listAgents(ctx.prisma)),
  create: authedProcedure("settings.edit")
    .input(ZAgentFormSchema)
    .mutation(({ ctx, input }) => createAgent(ctx.prisma, input, actorOf(ctx.user))),
  update: authedProcedure("settings.edit")
    .input(z.object({ id: z.string().min(1), agent: ZAgentFormSchema }))
    .mutation(({ ctx, input }) => updateAgent(ctx.prisma, input.id, input.agent, actorOf(ctx.user))),
  delete: authedProcedure("settings.edit")
    .input(z.object({ id: z.string().min(1) }))
    .mutation(({ ctx, input }) => deleteAgent(ctx.prisma, input.id, actorOf(ctx.user))),
});
