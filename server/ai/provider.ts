import "server-only";
import type { ActivityResult } from "../../workflows/interpret/activities";
import type { TLookupResult } from "../../workflows/model/lookup";
import type { TDataSourceSummary } from "../services/lookups/lookup-types";

/**
 * Every AI capability the flows use sits behind this one interface, so a keyword baseline, trained
 * local models and OpenAI are interchangeable, and a backtest can name the provider and model it used.
 */
export interface KbPassage {
  articleId: string;
  title: string;
  /** The section heading the passage is under (null for the text before the first heading). */
  section?: string | null;
  text: string;
  /** How well the words match, 0..1; a page match does not raise it (it reorders, see TRetrieveContext). */
  score: number;
  /** The passage's article is tagged with a page that covers the ticket's page (only when a page was given). */
  pageMatch?: boolean;
}

/**
 * What retrieval may know beyond the question. With a page, passages of articles tagged with that page are
 * preferred: they can rank above a slightly better word match, so passages are best first but their scores need
 * not be in order.
 */
export interface TRetrieveContext {
  pageUrl?: string | null;
}

/** One message of a conversation, oldest first, for summaries. */
export interface ConversationMessage {
  author: "customer" | "agent" | "ai" | "system";
  body: string;
}

export interface AiProvider {
  readonly name: string;
  /** Identifies the exact model, so results can be cached per model and backtests can cite it. */
  readonly modelVersion: string;
  /** `context.pageUrl`: the page the customer wrote from; a provider may read it or, if its model never saw pages, ignore it. */
  classifyIntent(text: string, context?: TRetrieveContext): Promise<ActivityResult<"classifyIntent">>;
  detectSentiment(text: string): Promise<ActivityResult<"detectSentiment">>;
  retrieve(query: string, limit: number, context?: TRetrieveContext): Promise<KbPassage[]>;
  draftReply(input: DraftInput): Promise<ActivityResult<"draftReply">>;
  /** A short handoff summary for the agent who takes the ticket over. */
  summarise(messages: ConversationMessage[]): Promise<{ summary: string; model: string }>;
}

/** What a draft is written from: the question, the intent, the retrieved passages, and where known the page and data. */
export interface DraftInput {
  text: string;
  intent: string | null;
  passages: KbPassage[];
  /** The page the customer wrote from (a model reads it as context). */
  page?: { url: string; title?: string | null } | null;
  /** The intent's data sources; absent when none apply. */
  data?: DraftData | null;
}

/** The data sources a draft may use for its intent, and how it reaches them. */
export interface DraftData {
  sources: TDataSourceSummary[];
  /** Results fetched before the draft (by the run's lookup nodes), by source. */
  known: TLookupResult[];
  /** Looks a source up for the ticket (answered from the ticket's cached result when there is one). */
  lookup(source: string, args?: Record<string, string>): Promise<TLookupResult>;
  /** A source's answer template filled from a result and the ticket; null when a value it names is missing. */
  render(template: string, result: TLookupResult): Promise<string | null>;
}
