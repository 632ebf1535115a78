import "server-only";
import { z } from "zod";
import { DEFAULT_OPENAI_MODEL, DEFAULT_OPENAI_TIMEOUT_MS } from "./openai-provider";
import { DEFAULT_RETRY_POLICY } from "./retry";

/** The OpenAI provider's settings from the environment, checked once at start-up rather than on the first ticket. */
export const ZOpenAiEnvSchema = z.object({
  OPENAI_API_KEY: z.string().min(1, "OPENAI_API_KEY is required for AI_PROVIDER=openai"),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default(DEFAULT_OPENAI_MODEL),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_OPENAI_TIMEOUT_MS),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(DEFAULT_RETRY_POLICY.maxRetries),
});

export interface TOpenAiSettings {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

export function openAiSettingsFromEnv(env: Record<string, string | undefined> = process.env): TOpenAiSettings {
  // Empty variables count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = ZOpenAiEnvSchema.safeParse(present);
  if (!parsed.success) throw new Error(`OpenAI settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const e = parsed.data;
  return { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, timeoutMs: e.OPENAI_TIMEOUT_MS, maxRetries: e.OPENAI_MAX_RETRIES };
}
