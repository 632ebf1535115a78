import "server-only";
import { z } from "zod";
import { ZFlowDescriptionSchema, ZFlowNameSchema } from "@/lib/flows/flow-details";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { createFlow } from "@/server/services/flows/create-flow";

export const ZCreateFlowInput = z.object({
  name: ZFlowNameSchema,
  description: ZFlowDescriptionSchema.optional(),
  /** An example's slug (see flows.templates); omitted for a blank flow. */
  template: z.string().min(1).optional(),
});

/** A new flow with an unpublished draft, blank or from a template. */
export const createFlowProcedure = authedProcedure("flows.edit")
  .input(ZCreateFlowInput)
  .mutation(({ ctx, input }) => createFlow(ctx.prisma, { ...input, actor: actorOf(ctx.user) }));
