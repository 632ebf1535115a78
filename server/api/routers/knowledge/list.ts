import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { ZKbListFilterSchema } from "@/server/services/knowledge/kb-article-schema";
import { listKbArticles } from "@/server/services/knowledge/list-kb-articles";

/** Articles matching the search and filters, with their review flags and lint counts. */
export const listKbArticlesProcedure = authedProcedure("knowledge.read")
  .input(ZKbListFilterSchema.default({ query: "" }))
  .query(({ ctx, input }) => listKbArticles(ctx.prisma, input));
