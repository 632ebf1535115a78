import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { ZKbArticleInputSchema } from "@/server/services/knowledge/kb-article-schema";
import { updateKbArticle } from "@/server/services/knowledge/kb-articles";

export const ZUpdateKbArticleInput = z.object({
  id: z.string().min(1),
  article: ZKbArticleInputSchema,
  /** The `updatedAt` the editor loaded; a newer save by someone else answers CONFLICT. */
  expectedUpdatedAt: z.date().optional(),
});

export const updateKbArticleProcedure = authedProcedure("knowledge.edit")
  .input(ZUpdateKbArticleInput)
  .mutation(({ ctx, input }) => updateKbArticle(ctx.prisma, input.id, input.article, input.expectedUpdatedAt));
