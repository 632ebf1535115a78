import "server-only";
import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { deleteKbArticle } from "@/server/services/knowledge/kb-articles";

export const deleteKbArticleProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => deleteKbArticle(ctx.prisma, input.id));
