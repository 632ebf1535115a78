import "server-only";
import type { ActivityResult } from "../../workflows/interpret/activities";
import type { AiProvider, KbPassage } from "./provider";

type Citation = { articleId: string; title: string };

/**
 * What the customer's page did to a draft: the retrieved articles tagged for the page, and whether the cited
 * articles differ from what retrieval offers without the page. Retrieval runs again without the page only when
 * an article matched it (otherwise the page could not have changed anything).
 */
export async function pageEffect(
  ai: AiProvider,
  query: { text: string; maxPassages: number; pageUrl: string },
  withPage: KbPassage[],
  cited: Citation[],
): Promise<NonNullable<ActivityResult<"draftReply">["page"]>> {
  const matched = uniqueArticles(withPage.filter((p) => p.pageMatch === true));
  if (matched.length === 0 || cited.length === 0) return { url: query.pageUrl, matched, changedAnswer: false };
  const withoutPage = await ai.retrieve(query.text, query.maxPassages);
  return { url: query.pageUrl, matched, changedAnswer: pageChangedCitations(cited, withPage, withoutPage) };
}

/**
 * The page changed the answer when the draft cites an article retrieval would not have offered without it, or
 * cites the article the page moved to the top (drafts lean on the best passage first).
 */
export function pageChangedCitations(cited: Citation[], withPage: KbPassage[], withoutPage: KbPassage[]): boolean {
  const offeredWithout = new Set(withoutPage.map((p) => p.articleId));
  if (cited.some((c) => !offeredWithout.has(c.articleId))) return true;
  const top = withPage[0]?.articleId;
  return top !== undefined && top !== withoutPage[0]?.articleId && cited.some((c) => c.articleId === top);
}

function uniqueArticles(passages: KbPassage[]): Citation[] {
  const seen = new Map<string, string>();
  for (const p of passages) if (!seen.has(p.articleId)) seen.set(p.articleId, p.title);
  return [...seen].map(([articleId, title]) => ({ articleId, title }));
}
