import "server-only";
import type { ActivityResult } from "../../workflows/interpret/activities";
import { containsPhrase, normalizeWords } from "../../workflows/interpret/text";
import { matchesPage, parsePageLocation } from "../../lib/knowledge/page-tags";
import type { AiProvider, ConversationMessage, KbPassage, TRetrieveContext } from "./provider";
import { PAGE_BOOST } from "./local/retrieval";
import { FALLBACK_INTENT, INTENT_KEYWORDS } from "./keyword-intents";

export interface KbSource {
  /** Published articles; `pages` are their page tags (none when absent). */
  list(): Promise<Array<{ id: string; title: string; body: string; pages?: readonly string[] }>>;
}

const NEGATIVE = ["angry", "terrible", "awful", "worst", "unacceptable", "ridiculous", "furious", "useless", "disappointed", "frustrated", "annoyed", "horrible", "still", "again", "never"];
const POSITIVE = ["thanks", "thank you", "great", "love", "awesome", "appreciate", "perfect", "excellent", "happy"];
const FRUSTRATION = ["still waiting", "again", "third time", "second time", "unacceptable", "ridiculous", "fed up", "nobody", "no one"];
const HUMAN_REQUEST = ["human", "real person", "speak to someone", "talk to someone", "agent", "representative", "manager", "call me"];

/**
 * A transparent baseline: intents from cue words, sentiment from a small lexicon, retrieval by word
 * overlap. Confidence grows with the number and exclusivity of cue hits, so thresholds behave sensibly.
 */
export class KeywordProvider implements AiProvider {
  readonly name = "keyword";
  readonly modelVersion = "keyword-v1";

  constructor(private readonly kb: KbSource) {}

  async classifyIntent(text: string): Promise<ActivityResult<"classifyIntent">> {
    const normalized = normalizeWords(text);
    const scores = Object.entries(INTENT_KEYWORDS)
      .map(([label, cues]) => ({ label, hits: cues.filter((c) => containsPhrase(normalized, c)).length }))
      .filter((s) => s.hits > 0)
      .sort((a, b) => b.hits - a.hits || a.label.localeCompare(b.label));
    const total = scores.reduce((sum, s) => sum + s.hits, 0);
    const best = scores[0];
    if (best === undefined) return { label: FALLBACK_INTENT, confidence: 0.3, alternatives: [], model: this.modelVersion };
    const share = best.hits / total;
    const confidence = Math.min(0.95, 0.35 + 0.35 * share + 0.1 * Math.min(best.hits, 3));
    const alternatives = scores.slice(1, 4).map((s) => ({ label: s.label, confidence: round((s.hits / total) * confidence) }));
    return { label: best.label, confidence: round(confidence), alternatives, model: this.modelVersion };
  }

  async detectSentiment(text: string): Promise<ActivityResult<"detectSentiment">> {
    const n = normalizeWords(text);
    const neg = NEGATIVE.filter((w) => containsPhrase(n, w)).length + (text.includes("!!") ? 1 : 0);
    const pos = POSITIVE.filter((w) => containsPhrase(n, w)).length;
    const score = Math.max(-1, Math.min(1, (pos - neg) / 3));
    const label = score <= -0.3 ? "negative" : score >= 0.3 ? "positive" : "neutral";
    return {
      label,
      score: round(score),
      frustrated: FRUSTRATION.some((w) => containsPhrase(n, w)),
      asksForHuman: HUMAN_REQUEST.some((w) => containsPhrase(n, w)),
    };
  }

  /** With a page, articles tagged with it rank as if their score were PAGE_BOOST times higher (as the local BM25 does). */
  async retrieve(query: string, limit: number, context: TRetrieveContext = {}): Promise<KbPassage[]> {
    const terms = new Set(normalizeWords(query).trim().split(" ").filter((w) => w.length > 2));
    if (terms.size === 0) return [];
    const articles = await this.kb.list();
    const page = parsePageLocation(context.pageUrl) === null ? null : context.pageUrl!;
    return articles
      .map((a) => {
        const words = normalizeWords(`${a.title} ${a.body}`).trim().split(" ");
        const hits = words.filter((w) => terms.has(w)).length;
        const passage: KbPassage = { articleId: a.id, title: a.title, text: a.body, score: round(hits / (words.length + 5)) * 10 };
        if (page === null) return { passage, rank: passage.score };
        const pageMatch = matchesPage(a.pages ?? [], page);
        return { passage: { ...passage, pageMatch }, rank: pageMatch ? passage.score * PAGE_BOOST : passage.score };
      })
      .filter((p) => p.passage.score > 0)
      .sort((a, b) => b.rank - a.rank || a.passage.articleId.localeCompare(b.passage.articleId))
      .slice(0, limit)
      .map((p) => p.passage);
  }

  async summarise(messages: ConversationMessage[]): Promise<{ summary: string; model: string }> {
    const first = messages.find((m) => m.author === "customer")?.body ?? "";
    const latest = [...messages].reverse().find((m) => m.author === "customer")?.body ?? "";
    const summary = latest && latest !== first ? `Customer wrote: ${first} Latest: ${latest}` : `Customer wrote: ${first}`;
    return { summary: summary.slice(0, 600), model: this.modelVersion };
  }

  async draftReply(input: { text: string; intent: string | null; passages: KbPassage[] }): Promise<ActivityResult<"draftReply">> {
    const best = input.passages[0];
    if (best === undefined) return { text: "", confidence: 0, citations: [], blockedBy: null, model: this.modelVersion };
    const confidence = Math.min(0.9, 0.4 + best.score);
    return {
      text: `Hi, thanks for reaching out. ${best.text.split("\n").find((l) => l.trim().length > 0 && !l.startsWith("#")) ?? best.text}`,
      confidence: round(confidence),
      citations: [{ articleId: best.articleId, title: best.title }],
      blockedBy: null,
      model: this.modelVersion,
    };
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
