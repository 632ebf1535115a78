import type { PrismaClient } from "@prisma/client";
import articles from "./kb-articles.json";

/**
 * A starter knowledge base so the demo's AI-reply flows have something to ground answers in. Written for
 * this project (not from the public data sets). Idempotent by title.
 */
export async function seedKnowledge(prisma: PrismaClient): Promise<{ created: number }> {
  let created = 0;
  for (const article of articles) {
    const existing = await prisma.kbArticle.findFirst({ where: { title: article.title }, select: { id: true } });
    if (existing !== null) continue;
    await prisma.kbArticle.create({ data: { ...article, owner: "support-ops" } });
    created++;
  }
  return { created };
}
