import "server-only";
import type { ActivityResult } from "../../workflows/interpret/activities";

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
  score: number;
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
  classifyIntent(text: string): Promise<ActivityResult<"classifyIntent">>;
  detectSentiment(text: string): Promise<ActivityResult<"detectSentiment">>;
  retrieve(query: string, limit: number): Promise<KbPassage[]>;
  draftReply(input: { text: string; intent: string | null; passages: KbPassage[] }): Promise<ActivityResult<"draftReply">>;
  /** A short handoff summary for the agent who takes the ticket over. */
  summarise(messages: ConversationMessage[]): Promise<{ summary: string; model: string }>;
}
