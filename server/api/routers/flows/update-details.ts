import "server-only";
import { z } from "zod";
import { ZFlowDescriptionSchema, ZFlowNameSchema } from "@/lib/flows/flow-details";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { updateFlowDetails } from "@/server/services/flows/update-flow-details";

export const ZUpdateFlowDetailsInput = z.object({ flowId: z.string().min(1), name: ZFlowNameSchema, description: ZFlowDescriptionSchema.optional() });

/** Renames a flow and sets its description (audited). */
export const updateDetailsProcedure = authedProcedure("flows.edit")
  .input(ZUpdateFlowDetailsInput)
  .mutation(({ ctx, input }) => updateFlowDetails(ctx.prisma, { ...input, actor: actorOf(ctx.user) }));
