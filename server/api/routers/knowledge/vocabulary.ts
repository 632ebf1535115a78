import "server-only";
import { authedProcedure } from "@/server/api/trpc";
import { kbVocabulary } from "@/server/services/knowledge/kb-articles";

/** Category suggestions (ticket categories first) and known owners, for the editor and the filters. */
export const kbVocabularyProcedure = authedProcedure("knowledge.read").query(({ ctx }) => kbVocabulary(ctx.prisma));
