import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { switchToAutonomous } from "@/server/services/shadow-review/switch-to-autonomous";

/** Writes the flow's draft with a category or an intent autonomous; publishing it is the normal publish. */
export const switchToAutonomousProcedure = authedProcedure("flows.edit")
  .input(z.object({ scope: z.enum(["intent", "category"]), value: z.string().min(1) }))
  .mutation(({ ctx, input }) => switchToAutonomous(ctx.prisma, input));
