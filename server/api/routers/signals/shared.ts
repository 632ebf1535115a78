import "server-only";
import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { sharedSignals } from "@/server/services/signals/shared-signals";

/** The signals behind a shared link, signed out: figures and example subjects only. */
export const sharedSignalsProcedure = publicProcedure
  .input(z.object({ token: z.string().min(1).max(100) }))
  .query(({ ctx, input }) => sharedSignals(ctx.prisma, input.token));
