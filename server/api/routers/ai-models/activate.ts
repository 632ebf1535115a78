import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { modelView } from "@/server/services/intent-models/model-view";
import { activateModelVersion } from "@/server/services/intent-models/train-and-store";

/** Makes a trained version the one new classifications use (audited). */
export const activateModelProcedure = authedProcedure("ai.train")
  .input(z.object({ version: z.number().int().min(1) }))
  .mutation(async ({ ctx, input }) => {
    try {
      const row = await activateModelVersion(ctx.prisma, input.version);
      await ctx.prisma.auditLog.create({ data: { actor: actorOf(ctx.user), action: "ai.model-activate", subject: `intent model v${input.version}`, details: { version: input.version } } });
      const { blob: _weights, ...rest } = row;
      return modelView(rest);
    } catch (error) {
      throw new TRPCError({ code: "BAD_REQUEST", message: error instanceof Error ? error.message : String(error) });
    }
  });
