import "server-only";
import { createHash } from "node:crypto";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import { KeywordProvider } from "../keyword-provider";
import type { AiProvider, ConversationMessage, DraftInput, KbPassage, TRetrieveContext } from "../provider";
import { detectSentiment, SENTIMENT_MODEL_VERSION } from "../text/sentiment";
import { summariseConversation } from "../text/summarise";
import { composeDataDraft } from "./compose-data-draft";
import { composeDraft } from "./compose-draft";
import { searchKbIndex, type TKbIndex } from "./retrieval";

/** A trained intent classifier (server/ai/intent), wired by whoever loads the stored model. */
export interface IntentClassifier {
  /** The model's version, e.g. "local-intent-v3-1a2b3c"; a getter may change it when a new model is activated. */
  readonly version: string;
  classify(text: string): Promise<ActivityResult<"classifyIntent">>;
}

export interface LocalProviderDeps {
  /** The current KB index; `peek` gives the last one built without I/O, for modelVersion. */
  kb: { get(): Promise<TKbIndex>; peek(): TKbIndex | null };
  /** The trained intent model; null until one has been trained and activated. */
  intent?: IntentClassifier | null;
}

export const NO_TRAINED_MODEL = "keyword-v1 (no trained model yet)";

/**
 * The default provider: no network, everything computed here. Intent from the workspace's trained model
 * (the keyword baseline until one exists), sentiment from AFINN plus support cues, BM25 over KB sections,
 * drafts composed from the best section with its citation, extractive handoff summaries.
 */
export class LocalProvider implements AiProvider {
  readonly name = "local";
  private readonly keyword = new KeywordProvider({ list: async () => [] });

  constructor(private readonly deps: LocalProviderDeps) {}

  /** Names every part that shapes an answer, so cached results and backtests are tied to exact models. */
  get modelVersion(): string {
    const intent = this.deps.intent?.version ?? "keyword-v1";
    const kb = this.deps.kb.peek()?.version ?? "unloaded";
    const lexicon = createHash("sha256").update(SENTIMENT_MODEL_VERSION).digest("hex").slice(0, 6);
    return `local(${intent};kb-${kb};sentiment-${lexicon})`;
  }

  /** The page is not read: the intent model was trained on ticket text alone, so a page would be a word it never saw. */
  async classifyIntent(text: string, _context?: TRetrieveContext): Promise<ActivityResult<"classifyIntent">> {
    if (this.deps.intent) return this.deps.intent.classify(text);
    return { ...(await this.keyword.classifyIntent(text)), model: NO_TRAINED_MODEL };
  }

  async detectSentiment(text: string): Promise<ActivityResult<"detectSentiment">> {
    return detectSentiment(text);
  }

  async retrieve(query: string, limit: number, context?: TRetrieveContext): Promise<KbPassage[]> {
    return searchKbIndex(await this.deps.kb.get(), query, limit, context);
  }

  /** `intentConfidence` is optional beyond the interface: callers that know it get a better-founded confidence. */
  /**
   * A knowledge draft; when the intent has a data source with an answer template and its lookup finds a record,
   * the template filled from the record instead. `intentConfidence` is optional beyond the interface: callers
   * that know it get a better-founded confidence.
   */
  async draftReply(input: DraftInput & { intentConfidence?: number | null }): Promise<ActivityResult<"draftReply">> {
    const kb = composeDraft({ text: input.text, passages: input.passages, intentConfidence: input.intentConfidence, model: this.modelVersion });
    if (!input.data) return kb;
    return (await composeDataDraft(input.data, kb, input.intentConfidence)) ?? { ...kb, usedData: [] };
  }

  async summarise(messages: ConversationMessage[]): Promise<{ summary: string; model: string }> {
    return { summary: summariseConversation(messages), model: `extractive-v1;${SENTIMENT_MODEL_VERSION}` };
  }
}
