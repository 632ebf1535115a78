import { describe, expect, it } from "vitest";
import { openAiSettingsFromEnv } from "./env";

describe("OpenAI settings from the environment", () => {
  it("applies defaults when only the key is set", () => {
    expect(openAiSettingsFromEnv({ OPENAI_API_KEY: "sk-1", OPENAI_BASE_URL: "" })).toEqual({
      apiKey: "sk-1",
      baseURL: undefined,
      model: "gpt-4o-mini",
      timeoutMs: 15_000,
      maxRetries: 2,
    });
  });

  it("reads base URL, model, timeout and retries", () => {
    const env = { OPENAI_API_KEY: "k", OPENAI_BASE_URL: "http://127.0.0.1:8000/v1", OPENAI_MODEL: "qwen2.5", OPENAI_TIMEOUT_MS: "5000", OPENAI_MAX_RETRIES: "0" };
    expect(openAiSettingsFromEnv(env)).toEqual({ apiKey: "k", baseURL: "http://127.0.0.1:8000/v1", model: "qwen2.5", timeoutMs: 5000, maxRetries: 0 });
  });

  it("names what is wrong", () => {
    expect(() => openAiSettingsFromEnv({})).toThrow(/OPENAI_API_KEY/);
    expect(() => openAiSettingsFromEnv({ OPENAI_API_KEY: "k", OPENAI_TIMEOUT_MS: "soon" })).toThrow(/OPENAI_TIMEOUT_MS/);
  });
});
