import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { modelView } from "@/server/services/intent-models/model-view";

/** One version with its progress while it trains, and its calibration curve once trained. */
export const getModelProcedure = authedProcedure("history.read")
  .input(z.object({ version: z.number().int().min(1) }))
  .query(async ({ ctx, input }) => {
    const row = await ctx.prisma.intentModel.findUnique({ where: { version: input.version }, omit: { blob: true } });
    if (row === null) throw new TRPCError({ code: "NOT_FOUND", message: `There is no model version ${input.version}` });
    return modelView(row);
  });
