import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { listShadowQueue } from "@/server/services/shadow-review/list-shadow-queue";

/** The shadow drafts waiting for a verdict, oldest first. */
export const shadowQueueProcedure = authedProcedure("shadow.review")
  .input(z.object({ limit: z.number().int().min(1).max(200).optional() }).optional())
  .query(({ ctx, input }) => listShadowQueue(ctx.prisma, input ?? {}));
