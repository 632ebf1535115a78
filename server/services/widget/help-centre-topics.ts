import "server-only";
import type { PrismaClient } from "@prisma/client";

const SHOWN = 12;
const LEAD_MAX = 140;

export interface THelpTopic {
  id: string;
  title: string;
  /** The article's opening sentence, as plain text. */
  lead: string;
}

/** A few published knowledge-base articles for the demo help centre: the questions the chat can answer. */
export async function helpCentreTopics(prisma: PrismaClient): Promise<THelpTopic[]> {
  const articles = await prisma.kbArticle.findMany({
    where: { status: "published" },
    orderBy: [{ createdAt: "asc" }, { title: "asc" }],
    take: SHOWN,
    select: { id: true, title: true, body: true },
  });
  return articles.map((a) => ({ id: a.id, title: a.title, lead: leadOf(a.body) }));
}

export function leadOf(markdown: string): string {
  const paragraph = markdown.split(/\n\s*\n/).find((p) => p.trim().length > 0 && !p.trim().startsWith("#")) ?? "";
  const plain = paragraph
    .replace(/\*\*|__|`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  return sentence.length > LEAD_MAX ? `${sentence.slice(0, LEAD_MAX - 1).trimEnd()}…` : sentence;
}
