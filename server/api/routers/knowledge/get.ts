import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { getKbArticle } from "@/server/services/knowledge/kb-articles";

/** One article with lint warnings, review flags and the negative feedback that cited it. */
export const getKbArticleProcedure = authedProcedure("knowledge.read")
  .input(z.object({ id: z.string().min(1) }))
  .query(({ ctx, input }) => getKbArticle(ctx.prisma, input.id));
