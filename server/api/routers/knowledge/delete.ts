import { z } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { deleteKbArticle } from "@/server/services/knowledge/kb-articles";
import { withKbErrors } from "./kb-errors";

export const deleteKbArticleProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ id: z.string().min(1) }))
  .mutation(({ ctx, input }) => withKbErrors(() => deleteKbArticle(ctx.prisma, input.id)));
