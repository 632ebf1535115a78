import "server-only";
export { createOpenAiProvider, DEFAULT_OPENAI_MODEL, DEFAULT_OPENAI_TIMEOUT_MS, type OpenAiProvider, type OpenAiProviderOptions } from "./openai-provider";
export type { TUsageEvent, TUsageSummary, TUsageTotals, TOpenAiOperation } from "./usage";
export { openAiSettingsFromEnv, type TOpenAiSettings } from "./env";
