import "server-only";
import { createHash } from "node:crypto";
import MiniSearch from "minisearch";
import { pageTagMatches, parsePageLocation, parsePageTag, type TPageLocation, type TPageTag } from "../../../lib/knowledge/page-tags";
import type { KbPassage, TRetrieveContext } from "../provider";
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

/**
 * How much a passage of an article tagged with the customer's page is preferred: its raw score is multiplied by
 * this for ranking only. The score it reports stays the word match, so a page can never push a weak match over an
 * ai-reply threshold; it only chooses among matches. A boost, not a filter: the page should decide between
 * articles that answer the customer's words about equally well, and never win against a clearly better answer.
 * Raw scores are the matched terms' weights summed, times how many terms matched: a section matching two of the
 * question's words scores more than twice one matching one of them, and three against two is 1.5 times and the
 * third word's weight. So at 2 the page mostly decides between sections that match the same words, weighed a
 * little differently by where they stand (title 3, heading 2) and by section length, which is where the page
 * says more than the words (on the transfers page, "I want to cancel" is about a transfer, not an order).
 */
export const PAGE_BOOST = 2;

export interface TKbArticleInput {
  id: string;
  title: string;
  body: string;
  category?: string | null;
  /** Page tags (lib/knowledge/page-tags.ts); none when absent. */
  pages?: readonly string[];
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
  /** The article's page tags, as stored. */
  pages: readonly string[];
}

export interface TKbIndex {
  /** Content hash of the indexed articles: part of the provider's modelVersion. */
  version: string;
  sections: ReadonlyMap<string, TKbSection>;
  articleCount: number;
  search: MiniSearch<TKbSection>;
  /** IDF of a term found in one section, for score normalisation. */
  rareTermIdf: number;
  /** Each tagged article's page tags, read for matching (untagged articles are absent). */
  pageTags: ReadonlyMap<string, readonly TPageTag[]>;
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
  const pageTags = new Map<string, TPageTag[]>();
  const hash = createHash("sha256");
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
    const pages = article.pages ?? [];
    // The pages are part of the version: a tag changes which passage answers, so cached answers must not outlive
    // it. An untagged article hashes as it did before articles had pages, so such a KB keeps its version.
    hash.update(`${article.id}\u0000${article.title}\u0000${article.category ?? ""}\u0000${article.body}${pages.length > 0 ? `\u0000${pages.join("\u0002")}` : ""}\u0001`);
    const tags = pages.map(parsePageTag).filter((t): t is TPageTag => t !== null);
    if (tags.length > 0) pageTags.set(article.id, tags);
    splitMarkdownSections(article.body, article.title).forEach((s, i) => {
      // The intro (text before the first heading) answers the title's question, so it is indexed with the
      // title as its heading too; otherwise any subsection repeating a title word outranks it.
      const section: TKbSection = { id: `${article.id}#${i}`, articleId: article.id, title: article.title, category: article.category ?? null, ...s, path: s.path ?? article.title, pages };
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
    pageTags,
  };
}

/** Raw minisearch score to 0..1; strictly increasing in the raw score. */
export function normaliseScore(raw: number, rareTermIdf: number): number {
  if (!(raw > 0)) return 0;
  const x = raw / Math.max(rareTermIdf, 0.1);
  return x / (x + SATURATION);
}

/**
 * The best sections for a query, best first (several sections of one article may rank). With a page, sections of
 * articles tagged with it rank as if their score were PAGE_BOOST times higher, and every passage says whether
 * its article matched the page.
 */
export function searchKbIndex(index: TKbIndex, query: string, limit: number, context: TRetrieveContext = {}): KbPassage[] {
  if (limit <= 0 || index.sections.size === 0) return [];
  const page = parsePageLocation(context.pageUrl);
  const hits = index.search.search(query).flatMap((hit) => {
    const s = index.sections.get(String(hit.id));
    return s === undefined ? [] : [{ section: s, raw: hit.score }];
  });
  const passage = (s: TKbSection, raw: number): KbPassage => ({ articleId: s.articleId, title: s.title, section: s.heading, text: s.text, score: round(normaliseScore(raw, index.rareTermIdf)) });
  if (page === null) return hits.slice(0, limit).map((h) => passage(h.section, h.raw));
  const matches = articlesOnPage(index, page);
  return hits
    .map((h) => ({ ...h, pageMatch: matches.has(h.section.articleId) }))
    .map((h) => ({ ...h, rank: h.pageMatch ? h.raw * PAGE_BOOST : h.raw }))
    .sort((a, b) => b.rank - a.rank) // stable: equal ranks keep minisearch's order
    .slice(0, limit)
    .map((h) => ({ ...passage(h.section, h.raw), pageMatch: h.pageMatch }));
}

/** The ids of the articles tagged with a page that covers this one. */
function articlesOnPage(index: TKbIndex, page: TPageLocation): Set<string> {
  const ids = new Set<string>();
  for (const [articleId, tags] of index.pageTags) if (tags.some((t) => pageTagMatches(t, page))) ids.add(articleId);
  return ids;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
