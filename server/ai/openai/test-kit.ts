import { startOpenAiTestServer, type OpenAiTestHandler, type OpenAiTestServer } from "../../../tests/support/openai-server";
import type { KbPassage } from "../provider";
import { createOpenAiProvider, type OpenAiProvider, type OpenAiProviderOptions } from "./openai-provider";
import type { TUsageEvent } from "./usage";

/** Shared set-up for the provider's tests: a local protocol server and a provider whose waits are recorded, not slept. */
export const LABELS = ["billing", "password_reset", "shipping"];

export const PASSAGES: KbPassage[] = [
  { articleId: "kb-reset", title: "Resetting your password", section: "Steps", text: "Use 'Forgot password' on the sign-in page.", score: 3.2 },
  { articleId: "kb-2fa", title: "Two-factor authentication", section: null, text: "Codes come from your authenticator app.", score: 1.1 },
];

export interface Harness {
  server: OpenAiTestServer;
  provider: OpenAiProvider;
  /** Backoff waits the provider asked for, in ms (never actually slept). */
  waits: number[];
  usageEvents: TUsageEvent[];
}

export async function harness(handler: OpenAiTestHandler, overrides: Partial<OpenAiProviderOptions> = {}): Promise<Harness> {
  const server = await startOpenAiTestServer(handler);
  const waits: number[] = [];
  const usageEvents: TUsageEvent[] = [];
  const provider = createOpenAiProvider({
    apiKey: "sk-test",
    baseURL: server.baseURL,
    model: "gpt-test",
    timeoutMs: 2_000,
    maxRetries: 2,
    labels: LABELS,
    retrieve: async () => PASSAGES,
    onUsage: (e) => usageEvents.push(e),
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...overrides,
  });
  return { server, provider, waits, usageEvents };
}
