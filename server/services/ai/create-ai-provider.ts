import "server-only";
import type { PrismaClient } from "@prisma/client";
import { loadEnabledGuardrails } from "../../ai/guardrails/load-guardrails";
import { withGuardrails } from "../../ai/guardrails/with-guardrails";
import { KeywordProvider } from "../../ai/keyword-provider";
import { cachedKbIndex } from "../../ai/local/kb-index-cache";
import { LocalProvider, type IntentClassifier } from "../../ai/local/local-provider";
import { createOpenAiProvider, openAiSettingsFromEnv } from "../../ai/openai";
import type { AiProvider } from "../../ai/provider";
import { activeIntentModelLoader } from "../intent-models/active-model";
import { knownIntentLabels, trainedIntentClassifier } from "../intent-models/intent-classifier";
import { keepIntentModelLoaded } from "../intent-models/keep-loaded";

export const AI_PROVIDERS = ["local", "openai", "keyword"] as const;
export type TAiProviderName = (typeof AI_PROVIDERS)[number];

const KB_CACHE_MS = 30_000;

export interface CreateAiProviderOptions {
  /** The intent classifier for `local`; by default the workspace's active trained model (the keyword baseline until one is trained). */
  intent?: IntentClassifier | null;
  /** Load the active model ahead of the first classification and keep it current in the background (the worker). */
  keepModelLoaded?: boolean;
}

/**
 * The provider the workspace uses, chosen by AI_PROVIDER: `local` (the default: trained intent model, BM25
 * over the KB, no network), `openai` (any OpenAI-compatible server: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL;
 * retrieval stays local and `local` answers whatever the model fails at) or `keyword` (the foundation's baseline). Every provider's drafts pass the
 * workspace's guardrails. It sits with the services because it wires the providers of server/ai/ to the
 * workspace's trained intent model, so server/ai/ itself never reaches into the services.
 */
export function createAiProvider(prisma: PrismaClient, name = process.env.AI_PROVIDER ?? "local", options: CreateAiProviderOptions = {}): AiProvider {
  const provider = baseProvider(prisma, name, options);
  return withGuardrails(provider, () => loadEnabledGuardrails(prisma));
}

function baseProvider(prisma: PrismaClient, name: string, options: CreateAiProviderOptions): AiProvider {
  if (!isProviderName(name)) throw new Error(`Unknown AI provider "${name}"; AI_PROVIDER must be one of: ${AI_PROVIDERS.join(", ")}`);
  switch (name) {
    case "local":
      return localProvider(prisma, options, modelLoader(prisma, options));
    case "openai": {
      // One loader for both: the model is deserialised once per version, not on every classification.
      const loadModel = modelLoader(prisma, options);
      const local = localProvider(prisma, options, loadModel);
      return createOpenAiProvider({
        ...openAiSettingsFromEnv(),
        labels: () => knownIntentLabels(prisma, loadModel),
        retrieve: (query, limit, context) => local.retrieve(query, limit, context),
        fallback: local,
      });
    }
    case "keyword":
      return keywordProvider(prisma);
    default: {
      const never: never = name;
      throw new Error(`Unhandled AI provider ${String(never)}`);
    }
  }
}

function localProvider(prisma: PrismaClient, options: CreateAiProviderOptions, loadModel: ReturnType<typeof activeIntentModelLoader>): LocalProvider {
  const intent = options.intent === undefined ? trainedIntentClassifier(loadModel) : options.intent;
  return new LocalProvider({ kb: cachedKbIndex(prisma), intent });
}

function modelLoader(prisma: PrismaClient, options: CreateAiProviderOptions): ReturnType<typeof activeIntentModelLoader> {
  const load = activeIntentModelLoader(prisma);
  if (options.keepModelLoaded) keepIntentModelLoaded(load);
  return load;
}

function isProviderName(name: string): name is TAiProviderName {
  return (AI_PROVIDERS as readonly string[]).includes(name);
}

function keywordProvider(prisma: PrismaClient): AiProvider {
  let cached: { at: number; articles: Array<{ id: string; title: string; body: string; pages: string[] }> } | null = null;
  return new KeywordProvider({
    async list() {
      if (cached === null || Date.now() - cached.at > KB_CACHE_MS) {
        cached = { at: Date.now(), articles: await prisma.kbArticle.findMany({ where: { status: "published" }, select: { id: true, title: true, body: true, pages: true } }) };
      }
      return cached.articles;
    },
  });
}
