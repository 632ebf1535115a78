import "server-only";
import { z } from "zod";
import { actorOf } from "@/server/api/actor";
import { authedProcedure } from "@/server/api/trpc";
import { importKbArticles } from "@/server/services/knowledge/import/import-kb-articles";
import { ZKbImportFileSchema, ZKbImportFormatSchema } from "@/server/services/knowledge/import/kb-import-types";

/** Imports articles from files read in the browser (a few MB at most: knowledge bases, not ticket histories). */
export const importKbArticlesProcedure = authedProcedure("knowledge.edit")
  .input(z.object({ format: ZKbImportFormatSchema, files: z.array(ZKbImportFileSchema).min(1, "Choose at least one file").max(500) }))
  .mutation(({ ctx, input }) => importKbArticles(ctx.prisma, { format: input.format, files: input.files, owner: actorOf(ctx.user) }));
