import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getIntentModel } from "@/server/services/intent-models/intent-model-queries";

/** One version with its progress while it trains, and its calibration curve once trained. */
export const getModelProcedure = authedProcedure("history.read")
  .input(z.object({ version: z.number().int().min(1) }))
  .query(({ ctx, input }) => getIntentModel(ctx.prisma, input.version));
