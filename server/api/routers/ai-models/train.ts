import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { modelView } from "@/server/services/intent-models/model-view";
import { startTraining } from "@/server/services/intent-models/start-training";

/** Starts training a new version on the labelled history, in the background; poll `aiModels.get` for progress. */
export const trainModelProcedure = authedProcedure("ai.train")
  .input(z.object({ activate: z.boolean().default(false) }).default({ activate: false }))
  .mutation(async ({ ctx, input }) => modelView(await startTraining(ctx.prisma, actorOf(ctx.user), { activate: input.activate })));
