import { afterEach, describe, expect, it } from "vitest";
import { scripted, type OpenAiTestBehaviour, type OpenAiTestServer } from "../../../tests/support/openai-server";
import { KeywordProvider } from "../keyword-provider";
import { harness, PASSAGES } from "./test-kit";

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const INTENT_OK: OpenAiTestBehaviour = { kind: "content", content: { label: "billing", confidence: 0.9, alternatives: [] } };
const handedOff = (reason: string | RegExp) => ({ label: "unknown", confidence: 0, alternatives: [], model: expect.stringMatching(reason) });
const draftInput = { text: "Can't log in", intent: "password_reset", passages: PASSAGES };

describe("OpenAI provider: answers it must not use", () => {
  it.each<[string, OpenAiTestBehaviour, RegExp]>([
    ["content that is not JSON", { kind: "invalid-json" }, /^openai:gpt-test \(failed: invalid output: content is not JSON\)$/],
    ["a label outside the allowed list", { kind: "content", content: { label: "refunds", confidence: 0.9, alternatives: [] } }, /failed: invalid output: schema mismatch \(label: /],
    ["a probability above 1", { kind: "content", content: { label: "billing", confidence: 1.5, alternatives: [] } }, /schema mismatch \(confidence: /],
    ["a missing field", { kind: "content", content: { label: "billing" } }, /schema mismatch \(confidence: .*alternatives: /],
    ["a refusal", { kind: "refusal", refusal: "I can't classify this." }, /failed: invalid output: refused: I can't classify this\.\)$/],
    ["an answer cut at the token limit", { kind: "content", content: '{"label":"bil', finishReason: "length" }, /failed: invalid output: truncated/],
  ])("classifyIntent: %s -> unknown at 0, flagged, no retry", async (_name, behaviour, reason) => {
    const h = await harness(scripted(behaviour));
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toEqual(handedOff(reason));
    expect(h.server.requests).toHaveLength(1);
  });

  it.each<[string, OpenAiTestBehaviour, RegExp]>([
    ["a citation of a passage it was not given", { kind: "content", content: { text: "Reset it.", confidence: 0.9, citations: ["kb-refunds"] } }, /schema mismatch \(citations\.0: /],
    ["a reply that cites nothing", { kind: "content", content: { text: "Reset it.", confidence: 0.9, citations: [] } }, /failed: invalid output: the draft cites no passage\)$/],
    ["content that is not JSON", { kind: "invalid-json" }, /content is not JSON/],
    ["a refusal", { kind: "refusal" }, /refused/],
  ])("draftReply: %s -> empty draft at 0 without citations", async (_name, behaviour, reason) => {
    const h = await harness(scripted(behaviour));
    server = h.server;
    const draft = await h.provider.draftReply(draftInput);
    expect(draft).toEqual({ text: "", confidence: 0, citations: [], blockedBy: null, model: expect.stringMatching(reason) });
  });

  it("detectSentiment falls back to the fallback provider, or to neutral without one", async () => {
    const fallback = new KeywordProvider({ list: async () => [] });
    const h = await harness(scripted({ kind: "invalid-json" }), { fallback });
    server = h.server;
    const text = "This is unacceptable, I want to talk to a real person";
    const expected = await fallback.detectSentiment(text);
    expect(expected.asksForHuman).toBe(true);
    expect(await h.provider.detectSentiment(text)).toEqual(expected);

    const bare = await harness(scripted({ kind: "refusal" }));
    const neutral = await bare.provider.detectSentiment(text);
    await bare.server.close();
    expect(neutral).toEqual({ label: "neutral", score: 0, frustrated: false, asksForHuman: false });
  });

  it("summarise falls back to the fallback provider's summary and says so", async () => {
    const fallback = new KeywordProvider({ list: async () => [] });
    const h = await harness(scripted({ kind: "status", status: 400 }), { fallback });
    server = h.server;
    const summary = await h.provider.summarise([{ author: "customer", body: "My parcel never arrived" }]);
    expect(summary).toEqual({ summary: "Customer wrote: My parcel never arrived", model: "openai:gpt-test (failed: HTTP 400); summary by keyword-v1" });
    expect(h.server.requests).toHaveLength(1); // a 400 is our fault: retrying cannot help
  });

  it("summarise without a fallback provider still gives an extractive summary", async () => {
    const h = await harness(scripted({ kind: "refusal" }));
    server = h.server;
    const summary = await h.provider.summarise([
      { author: "customer", body: "Order 12 is late" },
      { author: "agent", body: "Checking" },
      { author: "customer", body: "Still nothing" },
    ]);
    expect(summary).toEqual({ summary: "Customer wrote: Order 12 is late Latest: Still nothing", model: expect.stringMatching(/failed: invalid output: refused.*summary by extractive$/) });
  });
});

describe("OpenAI provider: retries, backoff and timeouts", () => {
  it("retries a 429 after the server's Retry-After, then succeeds", async () => {
    const h = await harness(scripted({ kind: "status", status: 429, retryAfter: "3" }, INTENT_OK));
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toMatchObject({ label: "billing", confidence: 0.9 });
    expect(h.server.requests).toHaveLength(2);
    expect(h.waits).toEqual([3000]); // the server's 3 s beat the jittered backoff (0.5 x 500 ms)
    expect(h.usageEvents.map((e) => [e.attempt, e.ok, e.error])).toEqual([
      [1, false, "HTTP 429"],
      [2, true, undefined],
    ]);
  });

  it("backs off exponentially with jitter between 5xx retries, then falls back after maxRetries + 1 attempts", async () => {
    const h = await harness(scripted({ kind: "status", status: 500 }), { maxRetries: 3, random: () => 0.5, backoff: { baseDelayMs: 100, maxDelayMs: 300 } });
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toEqual(handedOff(/^openai:gpt-test \(failed: HTTP 500 after 4 attempts\)$/));
    expect(h.server.requests).toHaveLength(4);
    expect(h.waits).toEqual([50, 100, 150]); // half of 100, 200, then 400 capped at 300
  });

  it("does not wait for a Retry-After longer than it allows: falls back at once", async () => {
    const h = await harness(scripted({ kind: "status", status: 429, retryAfter: "120" }, INTENT_OK));
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toEqual(handedOff(/failed: HTTP 429, Retry-After 120s is too long\)$/));
    expect(h.server.requests).toHaveLength(1);
    expect(h.waits).toEqual([]);
  });

  it("a server that hangs past the timeout is retried, then the draft falls back", async () => {
    const h = await harness(scripted({ kind: "hang" }), { timeoutMs: 150, maxRetries: 1 });
    server = h.server;
    const draft = await h.provider.draftReply(draftInput);
    expect(draft).toEqual({ text: "", confidence: 0, citations: [], blockedBy: null, model: "openai:gpt-test (failed: timed out after 2 attempts)" });
    expect(h.server.requests).toHaveLength(2);
  });

  it("a dropped connection is retried like a timeout", async () => {
    const h = await harness(scripted({ kind: "drop" }, INTENT_OK), { maxRetries: 1 });
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toMatchObject({ label: "billing" });
    expect(h.server.requests).toHaveLength(2);
    expect(h.usageEvents[0]).toMatchObject({ attempt: 1, ok: false, error: "connection error" });
  });

  it("stops retrying when the call's time budget is spent, well before maxRetries", async () => {
    let clock = 0;
    const now = () => (clock += 20_000); // every look at the clock finds 20 s more gone
    const h = await harness(scripted({ kind: "status", status: 500 }), { maxRetries: 5, now, backoff: { budgetMs: 50_000 } });
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toEqual(handedOff(/\(failed: HTTP 500, no time left to retry\)$/));
    // Elapsed before each retry: 20 s and 40 s fit a 2 s attempt in 50 s; 60 s does not.
    expect(h.server.requests).toHaveLength(3);
  });

  it("with maxRetries 0 a single 503 falls back without waiting", async () => {
    const h = await harness(scripted({ kind: "status", status: 503 }, INTENT_OK), { maxRetries: 0 });
    server = h.server;
    expect(await h.provider.classifyIntent("invoice")).toEqual(handedOff(/\(failed: HTTP 503\)$/));
    expect(h.server.requests).toHaveLength(1);
    expect(h.waits).toEqual([]);
  });
});
