import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { setShadowTarget } from "@/server/services/shadow-review/shadow-target";

/** The team's would-have-been-correct target, as a fraction (0.9 is 90%). */
export const setShadowTargetProcedure = authedProcedure("shadow.review")
  .input(z.object({ target: z.number().min(0.5, "Set a target of at least 50%").max(1, "The target cannot be above 100%") }))
  .mutation(({ ctx, input }) => setShadowTarget(ctx.prisma, { target: input.target, actor: actorOf(ctx.user) }));
