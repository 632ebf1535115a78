import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { createFlow } from "@/server/services/flows/create-flow";

export const ZCreateFlowInput = z.object({
  name: z.string().trim().max(120, "Keep the name under 120 characters").optional(),
  description: z.string().trim().max(2000).optional(),
  /** An example's slug (see flows.templates); omitted for a blank flow. */
  template: z.string().min(1).optional(),
});

/** A new flow with an unpublished draft, blank or from a template. */
export const createFlowProcedure = authedProcedure("flows.edit")
  .input(ZCreateFlowInput)
  .mutation(({ ctx, input }) => createFlow(ctx.prisma, { ...input, actor: actorOf(ctx.user) }));
