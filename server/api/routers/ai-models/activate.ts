import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { activateIntentModel } from "@/server/services/intent-models/activate-intent-model";

/** Makes a trained version the one new classifications use (audited). */
export const activateModelProcedure = authedProcedure("ai.train")
  .input(z.object({ version: z.number().int().min(1) }))
  .mutation(({ ctx, input }) => activateIntentModel(ctx.prisma, input.version, actorOf(ctx.user)));
