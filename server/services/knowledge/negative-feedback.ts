import "server-only";
import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { addDays } from "./review-flags";

/** Agent verdicts on an AI message that count against the articles it cited. */
export const NEGATIVE_VERDICTS = ["wrong", "bad", "negative", "incorrect"] as const;
/** How far back negative feedback flags an article. */
export const NEGATIVE_FEEDBACK_DAYS = 90;

const ZCitedSchema = z.object({ citations: z.array(z.object({ articleId: z.string() }).loose()).default([]) }).loose();

export interface NegativeFeedbackItem {
  feedbackId: string;
  ticketId: string;
  agent: string;
  verdict: string;
  comment: string | null;
  createdAt: Date;
}

/**
 * Articles cited (Message.aiMeta.citations) by AI messages that agents marked wrong in the last 90 days, each with
 * its feedback, newest first. Feedback without a message id names no message, so it flags no article.
 */
export async function negativeFeedbackByArticle(prisma: PrismaClient, now: Date, articleIds?: string[]): Promise<Map<string, NegativeFeedbackItem[]>> {
  const feedback = await prisma.feedback.findMany({
    where: { verdict: { in: [...NEGATIVE_VERDICTS] }, messageId: { not: null }, createdAt: { gte: addDays(now, -NEGATIVE_FEEDBACK_DAYS), lte: now } },
    orderBy: { createdAt: "desc" },
  });
  const byArticle = new Map<string, NegativeFeedbackItem[]>();
  if (feedback.length === 0) return byArticle;
  // A flag keeps the articles its message cited when it was made; older rows without them read the message's.
  const messages = await prisma.message.findMany({
    where: { id: { in: [...new Set(feedback.map((f) => f.messageId!))] }, author: "ai" },
    select: { id: true, aiMeta: true },
  });
  const cited = new Map(messages.map((m) => [m.id, citedArticles(m.aiMeta)]));
  const wanted = articleIds === undefined ? null : new Set(articleIds);
  for (const f of feedback) {
    if (!cited.has(f.messageId!)) continue;
    const articles = f.citedArticleIds.length > 0 ? f.citedArticleIds : cited.get(f.messageId!)!;
    for (const articleId of articles) {
      if (wanted !== null && !wanted.has(articleId)) continue;
      const list = byArticle.get(articleId) ?? [];
      list.push({ feedbackId: f.id, ticketId: f.ticketId, agent: f.agent, verdict: f.verdict, comment: f.comment, createdAt: f.createdAt });
      byArticle.set(articleId, list);
    }
  }
  return byArticle;
}

/** The distinct article ids an AI message cited; anything unreadable cites nothing. */
export function citedArticles(aiMeta: unknown): string[] {
  const parsed = ZCitedSchema.safeParse(aiMeta);
  return parsed.success ? [...new Set(parsed.data.citations.map((c) => c.articleId))] : [];
}
