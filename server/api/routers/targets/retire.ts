import "server-only";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { ZRetireTargetSchema } from "@/lib/targets/target-schema";
import { retireTarget } from "@/server/services/targets/retire-target";

/** Retires the target in force; its versions stay, for the record. Audited. */
export const retireTargetProcedure = authedProcedure("targets.edit")
  .input(ZRetireTargetSchema)
  .mutation(({ ctx, input }) => retireTarget(ctx.prisma, input, actorOf(ctx.user)));
