import { afterEach, describe, expect, it } from "vitest";
import { ZDraftResultSchema, ZIntentResultSchema } from "../../../workflows/interpret/activities";
import { scripted, type OpenAiTestServer } from "../../../tests/support/openai-server";
import { harness, LABELS, PASSAGES } from "./test-kit";

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("OpenAI provider: structured outputs", () => {
  it("classifies with a strict json_schema whose labels are the workspace's, and validates the answer", async () => {
    const h = await harness(
      scripted({ kind: "content", content: { label: "password_reset", confidence: 0.91, alternatives: [{ label: "billing", confidence: 0.05 }, { label: "password_reset", confidence: 0.91 }] } }),
    );
    server = h.server;
    const result = await h.provider.classifyIntent("I forgot my password");
    expect(ZIntentResultSchema.parse(result)).toEqual({
      label: "password_reset",
      confidence: 0.91,
      alternatives: [{ label: "billing", confidence: 0.05 }],
      model: "openai:gpt-test",
    });

    const [request] = h.server.requests;
    expect(request!.body.model).toBe("gpt-test");
    expect(request!.headers.authorization).toBe("Bearer sk-test");
    const format = request!.body.response_format!;
    expect(format.type).toBe("json_schema");
    expect(format.json_schema).toMatchObject({ name: "intent", strict: true });
    const schema = format.json_schema!.schema as { properties: { label: { enum: string[] } }; additionalProperties: boolean };
    expect(schema.properties.label.enum).toEqual([...LABELS, "unknown"]);
    expect(schema.additionalProperties).toBe(false);
    expect(request!.body.messages!.map((m) => m.role)).toEqual(["system", "user"]);
    expect(request!.body.messages![0]!.content).toContain(JSON.stringify(LABELS));
    expect(JSON.parse(request!.body.messages![1]!.content)).toEqual({ ticket: "I forgot my password" });
  });

  it("asks the labels function on every call, so new categories apply without a restart", async () => {
    let labels = ["billing"];
    const h = await harness(scripted({ kind: "content", content: { label: "refunds", confidence: 0.8, alternatives: [] } }), { labels: async () => labels });
    server = h.server;
    expect((await h.provider.classifyIntent("refund please")).label).toBe("unknown"); // "refunds" was not allowed yet
    labels = ["billing", "refunds"];
    expect((await h.provider.classifyIntent("refund please")).label).toBe("refunds");
  });

  it("treats an 'unknown' answer as an abstention at confidence 0", async () => {
    const h = await harness(scripted({ kind: "content", content: { label: "unknown", confidence: 0.85, alternatives: [{ label: "shipping", confidence: 0.1 }] } }));
    server = h.server;
    expect(await h.provider.classifyIntent("asdf")).toEqual({ label: "unknown", confidence: 0, alternatives: [{ label: "shipping", confidence: 0.1 }], model: "openai:gpt-test" });
  });

  it("drafts from the given passages only, citing them by id with their titles", async () => {
    const h = await harness(scripted({ kind: "content", content: { text: "Click 'Forgot password' when signing in.", confidence: 0.88, citations: ["kb-reset"] } }));
    server = h.server;
    const draft = await h.provider.draftReply({ text: "Can't log in", intent: "password_reset", passages: PASSAGES });
    expect(ZDraftResultSchema.parse(draft)).toEqual({
      text: "Click 'Forgot password' when signing in.",
      confidence: 0.88,
      citations: [{ articleId: "kb-reset", title: "Resetting your password" }],
      blockedBy: null,
      model: "openai:gpt-test",
    });
    const body = h.server.requests[0]!.body;
    const citationSchema = (body.response_format!.json_schema!.schema as { properties: { citations: { items: { enum: string[] } } } }).properties.citations;
    expect(citationSchema.items.enum).toEqual(["kb-reset", "kb-2fa"]);
    const sent = JSON.parse(body.messages![1]!.content) as { passages: Array<{ id: string; title: string }> };
    expect(sent.passages.map((p) => p.id)).toEqual(["kb-reset", "kb-2fa"]);
  });

  it("does not call the model without passages, and hands off with an empty draft", async () => {
    const h = await harness(scripted({ kind: "status", status: 500 }));
    server = h.server;
    const draft = await h.provider.draftReply({ text: "Hi", intent: null, passages: [] });
    expect(draft).toMatchObject({ text: "", confidence: 0, citations: [] });
    expect(h.server.requests).toHaveLength(0);
  });

  it("an empty draft (the passages do not answer) stays at confidence 0 whatever the model claims", async () => {
    const h = await harness(scripted({ kind: "content", content: { text: "  ", confidence: 0.7, citations: [] } }));
    server = h.server;
    expect(await h.provider.draftReply({ text: "Hi", intent: null, passages: PASSAGES })).toMatchObject({ text: "", confidence: 0, citations: [], model: "openai:gpt-test" });
  });

  it("detects sentiment and summarises through the model", async () => {
    const h = await harness(
      scripted(
        { kind: "content", content: { label: "negative", score: -0.7, frustrated: true, asksForHuman: true } },
        { kind: "content", content: { summary: "Customer cannot log in after two resets." } },
      ),
    );
    server = h.server;
    expect(await h.provider.detectSentiment("Third time asking, get me a human")).toEqual({ label: "negative", score: -0.7, frustrated: true, asksForHuman: true });
    expect(await h.provider.summarise([{ author: "customer", body: "Can't log in" }])).toEqual({ summary: "Customer cannot log in after two resets.", model: "openai:gpt-test" });
  });

  it("retrieves through the injected local retrieval, never the model", async () => {
    const h = await harness(scripted({ kind: "status", status: 500 }));
    server = h.server;
    expect(await h.provider.retrieve("password", 5)).toEqual(PASSAGES);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe("OpenAI provider: configuration and accounting", () => {
  it("sends the configured model to the configured base URL and names it in modelVersion", async () => {
    const h = await harness(scripted({ kind: "content", content: { label: "billing", confidence: 0.9, alternatives: [] } }), { model: "llama-3.1-8b-instruct" });
    server = h.server;
    expect(h.provider.modelVersion).toBe("openai:llama-3.1-8b-instruct");
    expect((await h.provider.classifyIntent("invoice")).model).toBe("openai:llama-3.1-8b-instruct");
    expect(h.server.requests.map((r) => [r.path, r.body.model])).toEqual([["/v1/chat/completions", "llama-3.1-8b-instruct"]]);
  });

  it("sums the server's token usage per operation and reports each attempt", async () => {
    const h = await harness(
      scripted(
        { kind: "content", content: { label: "billing", confidence: 0.9, alternatives: [] }, usage: { prompt_tokens: 120, completion_tokens: 15 } },
        { kind: "content", content: { label: "shipping", confidence: 0.7, alternatives: [] }, usage: { prompt_tokens: 100, completion_tokens: 12 } },
        { kind: "content", content: { summary: "Wants a refund." }, usage: { prompt_tokens: 300, completion_tokens: 20 } },
      ),
    );
    server = h.server;
    await h.provider.classifyIntent("a");
    await h.provider.classifyIntent("b");
    await h.provider.summarise([{ author: "customer", body: "refund" }]);
    const usage = h.provider.usage();
    expect(usage).toMatchObject({ attempts: 3, failedAttempts: 0, promptTokens: 520, completionTokens: 47, totalTokens: 567 });
    expect(usage.byOperation.classifyIntent).toMatchObject({ attempts: 2, promptTokens: 220, completionTokens: 27 });
    expect(usage.byOperation.summarise).toMatchObject({ attempts: 1, promptTokens: 300, completionTokens: 20 });
    expect(usage.byOperation.draftReply.attempts).toBe(0);
    expect(h.usageEvents.map((e) => [e.operation, e.model, e.attempt, e.promptTokens, e.ok])).toEqual([
      ["classifyIntent", "gpt-test", 1, 120, true],
      ["classifyIntent", "gpt-test", 1, 100, true],
      ["summarise", "gpt-test", 1, 300, true],
    ]);
    expect(h.usageEvents.every((e) => Number.isFinite(e.latencyMs) && e.latencyMs >= 0)).toBe(true);
  });

  it("counts the tokens of an answer it had to reject", async () => {
    const h = await harness(scripted({ kind: "invalid-json", usage: { prompt_tokens: 80, completion_tokens: 9 } }));
    server = h.server;
    await h.provider.classifyIntent("a");
    expect(h.provider.usage()).toMatchObject({ attempts: 1, failedAttempts: 1, promptTokens: 80, completionTokens: 9 });
    expect(h.usageEvents[0]).toMatchObject({ ok: false, error: "invalid output: content is not JSON" });
  });
});
