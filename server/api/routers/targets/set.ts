import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZSetTargetSchema } from "@/lib/targets/target-schema";
import { setTarget } from "@/server/services/targets/set-target";

/** Sets a target, or changes the one in force (a new version); audited. */
export const setTargetProcedure = authedProcedure("targets.edit")
  .input(ZSetTargetSchema)
  .mutation(({ ctx, input }) => setTarget(ctx.prisma, input, actorOf(ctx.user)));
