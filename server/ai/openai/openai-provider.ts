import "server-only";
import OpenAI from "openai";
import type { z } from "zod";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import type { AiProvider, ConversationMessage, KbPassage, TRetrieveContext } from "../provider";
import { draftAnswerSchema, intentAnswerSchema, UNKNOWN_INTENT, ZSentimentAnswerSchema, ZSummaryAnswerSchema } from "./answer-schemas";
import { extractiveSummary, NEUTRAL_SENTIMENT } from "./fallbacks";
import { draftPrompt, intentPrompt, sentimentPrompt, summaryPrompt } from "./prompts";
import { classifyFailure, DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from "./retry";
import { draftWithData } from "./draft-with-data";
import { requestStep, type Outcome, type StructuredRequest, type StructuredStep } from "./structured-call";
import { UsageLedger, type TOpenAiOperation, type TUsageEvent, type TUsageSummary } from "./usage";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
export const DEFAULT_OPENAI_TIMEOUT_MS = DEFAULT_RETRY_POLICY.attemptTimeoutMs;

export interface OpenAiProviderOptions {
  apiKey: string;
  /** Any server that speaks the Chat Completions protocol (OPENAI_BASE_URL). */
  baseURL?: string;
  model?: string;
  /** Per attempt. */
  timeoutMs?: number;
  maxRetries?: number;
  /** The intent labels the workspace uses; a function is asked on every call, so new categories apply at once. */
  labels: readonly string[] | (() => Promise<readonly string[]>);
  /** Retrieval stays local (BM25 over the knowledge base); only generation goes to the model. */
  retrieve: (query: string, limit: number, context?: TRetrieveContext) => Promise<KbPassage[]>;
  /** Answers sentiment and summaries when the model cannot. */
  fallback?: AiProvider;
  onUsage?: (event: TUsageEvent) => void;
  /** Backoff and budget tuning (budgetMs: the whole call, retries included); tests also replace the clock-bound parts. */
  backoff?: Partial<Omit<RetryPolicy, "maxRetries" | "attemptTimeoutMs">>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface OpenAiProvider extends AiProvider {
  usage(): TUsageSummary;
}

/**
 * The OpenAI provider: structured outputs validated with zod, our own retries, and on any failure an
 * answer that makes the flow hand the ticket to a human (intent "unknown" at 0, an empty draft at 0)
 * or falls back to a local answer (sentiment, summary). It never throws for a model failure.
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): OpenAiProvider {
  const model = options.model ?? DEFAULT_OPENAI_MODEL;
  const modelTag = `openai:${model}`;
  const failedTag = (reason: string) => `${modelTag} (failed: ${reason})`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPENAI_TIMEOUT_MS;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.backoff, maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries, attemptTimeoutMs: timeoutMs };
  const deps = {
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? (() => performance.now()),
  };
  // The SDK's own retries are off: one attempt per call, so our loop owns backoff and accounting.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: timeoutMs, maxRetries: 0 });
  const ledger = new UsageLedger(options.onUsage);
  const labels = typeof options.labels === "function" ? options.labels : async () => options.labels as readonly string[];

  async function run<S extends z.ZodType>(operation: TOpenAiOperation, request: StructuredRequest<S>): Promise<Outcome<z.infer<S>>> {
    const outcome = await runStep(operation, request);
    if (!outcome.ok) return outcome;
    // Without tools offered, requestStep never returns calls.
    return outcome.value.kind === "answer" ? { ok: true, value: outcome.value.value } : { ok: false, reason: "invalid output: an unexpected function call" };
  }

  /** One request (with retries) that may offer tools: the answer, or the function calls the model asks for first. */
  async function runStep<S extends z.ZodType>(operation: TOpenAiOperation, request: StructuredRequest<S>): Promise<Outcome<StructuredStep<z.infer<S>>>> {
    const result = await withRetries(
      async (attempt) => {
        const started = performance.now();
        let tokens = { promptTokens: 0, completionTokens: 0 };
        const onTokens = (promptTokens: number, completionTokens: number) => (tokens = { promptTokens, completionTokens });
        const record = (ok: boolean, error?: string) =>
          ledger.record({ operation, model, ...tokens, latencyMs: Math.round(performance.now() - started), attempt, ok, ...(error ? { error } : {}) });
        try {
          const step = await requestStep(client, model, request, { timeoutMs, onTokens });
          record(true);
          return step;
        } catch (err) {
          record(false, classifyFailure(err).reason);
          throw err;
        }
      },
      policy,
      deps,
    );
    return result.ok ? { ok: true, value: result.value } : { ok: false, reason: result.reason };
  }

  return {
    name: "openai",
    modelVersion: modelTag,
    usage: () => ledger.summary(),
    retrieve: (query, limit, context) => options.retrieve(query, limit, context),

    async classifyIntent(text, context): Promise<ActivityResult<"classifyIntent">> {
      const allowed = await labels();
      const schema = intentAnswerSchema(allowed);
      const page = context?.pageUrl ? { url: context.pageUrl } : null;
      const outcome = await run("classifyIntent", { schemaName: "intent", schema, ...intentPrompt(allowed, text, page), maxCompletionTokens: 300 });
      if (!outcome.ok) return { label: UNKNOWN_INTENT, confidence: 0, alternatives: [], model: failedTag(outcome.reason) };
      const { label, confidence, alternatives } = outcome.value;
      const others = alternatives.filter((a) => a.label !== label).sort((a, b) => b.confidence - a.confidence);
      // "unknown" is an abstention: at 0 it is below every threshold, so the flow's unsure path takes it.
      return { label, confidence: label === UNKNOWN_INTENT ? 0 : confidence, alternatives: others, model: modelTag };
    },

    async detectSentiment(text): Promise<ActivityResult<"detectSentiment">> {
      const outcome = await run("detectSentiment", { schemaName: "sentiment", schema: ZSentimentAnswerSchema, ...sentimentPrompt(text), maxCompletionTokens: 150 });
      if (outcome.ok) return outcome.value;
      return (await options.fallback?.detectSentiment(text).catch(() => null)) ?? NEUTRAL_SENTIMENT;
    },

    async draftReply(input): Promise<ActivityResult<"draftReply">> {
      if (input.data && (input.data.sources.length > 0 || input.data.known.length > 0)) {
        return draftWithData({ ...input, data: input.data }, { modelTag, failedTag, runStep });
      }
      const titles = new Map<string, string>();
      for (const p of input.passages) if (!titles.has(p.articleId)) titles.set(p.articleId, p.title);
      const ids = [...titles.keys()];
      const empty = (model: string) => ({ text: "", confidence: 0, citations: [], blockedBy: null, model });
      if (ids.length === 0) return empty(`${modelTag} (no passages)`);
      const outcome = await run("draftReply", {
        schemaName: "draft",
        schema: draftAnswerSchema(ids as [string, ...string[]]),
        ...draftPrompt({ text: input.text, intent: input.intent, passages: input.passages, page: input.page }),
        maxCompletionTokens: 900,
        check: (a) => (a.text.trim() !== "" && a.citations.length === 0 ? "the draft cites no passage" : null),
      });
      if (!outcome.ok) return empty(failedTag(outcome.reason));
      const { text, confidence, citations } = outcome.value;
      if (text.trim() === "") return empty(modelTag);
      const cited = [...new Set(citations)].map((articleId) => ({ articleId, title: titles.get(articleId)! }));
      return { text, confidence, citations: cited, blockedBy: null, model: modelTag };
    },

    async summarise(messages: ConversationMessage[]) {
      const outcome = await run("summarise", { schemaName: "summary", schema: ZSummaryAnswerSchema, ...summaryPrompt(messages), maxCompletionTokens: 400 });
      if (outcome.ok) return { summary: outcome.value.summary, model: modelTag };
      const fallback = (await options.fallback?.summarise(messages).catch(() => null)) ?? extractiveSummary(messages);
      return { summary: fallback.summary, model: `${failedTag(outcome.reason)}; summary by ${fallback.model}` };
    },
  };
}
