import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { setLiveFlow } from "@/server/services/flows/live-flow";

export const ZSetLiveInput = z.object({ flowId: z.string().min(1) });

/** Makes a published flow the one new tickets run on. */
export const setLiveProcedure = authedProcedure("flows.publish")
  .input(ZSetLiveInput)
  .mutation(({ ctx, input }) => setLiveFlow(ctx.prisma, input.flowId, actorOf(ctx.user)));
