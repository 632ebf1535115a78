import "server-only";
import { createHash } from "node:crypto";
import MiniSearch from "minisearch";
import type { KbPassage } from "../provider";
import { isStopWord, stem, words } from "../text/tokens";
import { splitMarkdownSections } from "./markdown-sections";

/**
 * BM25 retrieval over knowledge-base sections (minisearch). Each section is indexed with its article title,
 * its heading path and its text, weighted title > heading > text, with stop words dropped and a light
 * stemmer; no prefix or fuzzy matching, because on support text they mostly add false friends
 * ("card" ~ "cart", "charge" ~ "charger").
 *
 * Scores are normalised to 0..1 so a threshold carries over between queries and KB sizes (raw BM25 does not):
 *   x = rawScore / idfOfARareTerm(N)      (BM25 grows with log N; this takes that out)
 *   score = x / (x + SATURATION)
 * rawScore is minisearch's BM25+ sum over matched query terms times the number of matched terms, so a
 * section that matches several of the query's words beats one that matches one word many times. One
 * distinctive word in a section's text gives about 0.4-0.45, a title word about 0.8, three or four
 * distinctive words 0.9 and more (server/ai/local/fixtures/small-kb.json).
 */
export const SATURATION = 2;

/**
 * A "strong enough match" for the gap report, and a sensible ai-reply threshold. Measured with
 * server/ai/local/dev/measure-strong-match.ts, seeded KB against Banking77 training texts:
 * - the first 6 seeded articles: 80% of texts of intents they answer reach 0.75 and 24% of 12 clearly
 *   unrelated intents do; at 0.8, 71% and 21%;
 * - all 20 seeded articles: 81% of texts of answered intents reach 0.8, and so do 58% of texts of all
 *   other intents (at 0.85: 66% and 40%). Most of those are near neighbours ("wrong exchange rate" vs
 *   "which exchange rate we use") that word overlap cannot tell apart.
 * 0.8 keeps four in five answerable tickets. Lexical scores cannot separate fine-grained intents, so a
 * gap report should also compare the best article's category with the ticket's.
 */
export const STRONG_MATCH_SCORE = 0.8;

const FIELD_BOOST = { title: 3, heading: 2, text: 1 } as const;

export interface TKbArticleInput {
  id: string;
  title: string;
  body: string;
  category?: string | null;
}

export interface TKbSection {
  id: string;
  articleId: string;
  title: string;
  category: string | null;
  heading: string | null;
  /** Heading path as indexed: the article title for the intro. */
  path: string;
  text: string;
}

export interface TKbIndex {
  /** Content hash of the indexed articles: part of the provider's modelVersion. */
  version: string;
  sections: ReadonlyMap<string, TKbSection>;
  articleCount: number;
  search: MiniSearch<TKbSection>;
  /** IDF of a term found in one section, for score normalisation. */
  rareTermIdf: number;
}

export function retrievalTerm(term: string): string | null {
  return term.length > 1 && !isStopWord(term) ? stem(term) : null;
}

export function buildKbIndex(articles: readonly TKbArticleInput[]): TKbIndex {
  const search = new MiniSearch<TKbSection>({
    fields: ["title", "path", "text"],
    idField: "id",
    tokenize: (text) => words(text),
    processTerm: retrievalTerm,
    searchOptions: { boost: { title: FIELD_BOOST.title, path: FIELD_BOOST.heading, text: FIELD_BOOST.text }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  const sections = new Map<string, TKbSection>();
  const hash = createHash("sha256");
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
    hash.update(`${article.id}\u0000${article.title}\u0000${article.category ?? ""}\u0000${article.body}\u0001`);
    splitMarkdownSections(article.body, article.title).forEach((s, i) => {
      // The intro (text before the first heading) answers the title's question, so it is indexed with the
      // title as its heading too; otherwise any subsection repeating a title word outranks it.
      const section: TKbSection = { id: `${article.id}#${i}`, articleId: article.id, title: article.title, category: article.category ?? null, ...s, path: s.path ?? article.title };
      sections.set(section.id, section);
    });
  }
  search.addAll([...sections.values()]);
  const n = Math.max(1, sections.size);
  return {
    version: hash.digest("hex").slice(0, 12),
    sections,
    articleCount: articles.length,
    search,
    rareTermIdf: Math.log(1 + (n - 1 + 0.5) / 1.5),
  };
}

/** Raw minisearch score to 0..1; strictly increasing in the raw score. */
export function normaliseScore(raw: number, rareTermIdf: number): number {
  if (!(raw > 0)) return 0;
  const x = raw / Math.max(rareTermIdf, 0.1);
  return x / (x + SATURATION);
}

/** The best sections for a query, best first (several sections of one article may rank). */
export function searchKbIndex(index: TKbIndex, query: string, limit: number): KbPassage[] {
  if (limit <= 0 || index.sections.size === 0) return [];
  return index.search
    .search(query)
    .slice(0, limit)
    .flatMap((hit) => {
      const s = index.sections.get(String(hit.id));
      if (s === undefined) return [];
      return [{ articleId: s.articleId, title: s.title, section: s.heading, text: s.text, score: round(normaliseScore(hit.score, index.rareTermIdf)) }];
    });
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
