import type { PrismaClient } from "@prisma/client";
import { KeywordProvider } from "./keyword-provider";
import type { AiProvider } from "./provider";

export type { AiProvider, KbPassage } from "./provider";

const KB_CACHE_MS = 30_000;

/**
 * The provider the workspace uses. Only the keyword baseline exists so far; AI_PROVIDER is read now so
 * adding `local` and `openai` later changes no caller.
 */
export function createAiProvider(prisma: PrismaClient, name = process.env.AI_PROVIDER ?? "keyword"): AiProvider {
  if (name !== "keyword") throw new Error(`AI provider "${name}" is not available yet; use AI_PROVIDER=keyword`);
  let cached: { at: number; articles: Array<{ id: string; title: string; body: string }> } | null = null;
  return new KeywordProvider({
    async list() {
      if (cached === null || Date.now() - cached.at > KB_CACHE_MS) {
        cached = { at: Date.now(), articles: await prisma.kbArticle.findMany({ select: { id: true, title: true, body: true } }) };
      }
      return cached.articles;
    },
  });
}
