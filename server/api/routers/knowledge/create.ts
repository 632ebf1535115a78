import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZKbArticleInputSchema } from "@/server/services/knowledge/kb-article-schema";
import { createKbArticle } from "@/server/services/knowledge/kb-articles";

export const createKbArticleProcedure = authedProcedure("knowledge.edit")
  .input(ZKbArticleInputSchema)
  .mutation(({ ctx, input }) => createKbArticle(ctx.prisma, input));
