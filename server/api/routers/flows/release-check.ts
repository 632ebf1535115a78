import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { releaseCheck } from "@/server/services/flows/release-check";

export const ZReleaseCheckInput = z.object({ flowId: z.string().min(1), target: z.enum(["draft", "active"]) });

/** What publish and make-live confirms show first: the flow's warnings and its last backtest's figures. */
export const releaseCheckProcedure = authedProcedure("flows.read")
  .input(ZReleaseCheckInput)
  .query(({ ctx, input }) => releaseCheck(ctx.prisma, input));
