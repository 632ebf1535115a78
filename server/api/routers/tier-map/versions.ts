import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { listTierMapVersions } from "@/server/services/tier-map/get-tier-map";

export const ZTierMapVersionsInput = z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 });

/** Saved versions, newest first, each with its author, date and what it changed. */
export const tierMapVersionsProcedure = authedProcedure("history.read")
  .input(ZTierMapVersionsInput)
  .query(({ ctx, input }) => listTierMapVersions(ctx.prisma, input.limit));
