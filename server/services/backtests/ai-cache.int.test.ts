import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { KeywordProvider } from "../../ai/keyword-provider";
import type { AiProvider } from "../../ai/provider";
import { createActivities } from "../../../temporal/activities";
import { uniqueId } from "../../../tests/integration/helpers";
import { cacheKeyOf, createAiAnswerSource } from "./ai-cache";
import { aiRequestOf } from "../../../workflows/interpret/replay/ai-request";

const prisma = getPrisma();
const notifier = { notify: async () => undefined } as never;

/** A provider that counts its model calls; its answers are the keyword baseline's, over a two-article KB. */
function countingProvider(modelVersion: string): AiProvider & { calls: number } {
  const inner = new KeywordProvider({
    list: async () => [
      { id: "kb-card", title: "Card delivery", body: "Cards arrive within 5 business days of ordering." },
      { id: "kb-reset", title: "Reset your password", body: "Use the forgot password link to reset your password." },
    ],
  });
  const provider = {
    name: "counting",
    modelVersion,
    calls: 0,
    classifyIntent: async (text: string) => (provider.calls++, inner.classifyIntent(text)),
    detectSentiment: async (text: string) => (provider.calls++, inner.detectSentiment(text)),
    retrieve: (query: string, limit: number) => inner.retrieve(query, limit),
    draftReply: async (input: Parameters<AiProvider["draftReply"]>[0]) => (provider.calls++, inner.draftReply(input)),
    summarise: (messages: Parameters<AiProvider["summarise"]>[0]) => inner.summarise(messages),
  };
  return provider;
}

function requestsFor(ticketId: string) {
  return [
    aiRequestOf("classifyIntent", { ticketId, text: "My card has not arrived yet" }),
    aiRequestOf("detectSentiment", { ticketId, text: "This is terrible, I want a human" }),
    aiRequestOf("draftReply", { ticketId, text: "I forgot my password", intent: "password_reset", maxPassages: 3 }),
  ];
}

describe("createAiAnswerSource", () => {
  it("answers exactly as the live activities do, and a second source reads them from the cache without calling the model", async () => {
    const ticketId = uniqueId("ai-cache");
    const provider = countingProvider(uniqueId("model"));
    const requests = requestsFor(ticketId);

    const first = await createAiAnswerSource(prisma, provider);
    provider.calls = 0; // the warm-up that names the model
    expect(requests.map((r) => first.lookup(r))).toEqual([undefined, undefined, undefined]);
    await first.resolve(requests);
    expect(provider.calls).toBe(3);

    const live = createActivities({ prisma, ai: provider, notifier });
    const [classify, sentiment, draft] = requests;
    expect(first.lookup(classify!)).toEqual(await live.classifyIntent({ ...(classify!.input as { ticketId: string; text: string }), dryRun: true }));
    expect(first.lookup(sentiment!)).toEqual(await live.detectSentiment({ ...(sentiment!.input as { ticketId: string; text: string }), dryRun: true }));
    expect(first.lookup(draft!)).toEqual(JSON.parse(JSON.stringify(await live.draftReply(draft!.input as never))));
    expect((first.lookup(draft!) as { citations: Array<{ articleId: string }> }).citations[0]?.articleId).toBe("kb-reset");

    const second = await createAiAnswerSource(prisma, provider);
    provider.calls = 0;
    await second.resolve(requests);
    expect(provider.calls).toBe(0);
    expect(requests.map((r) => second.lookup(r))).toEqual(requests.map((r) => first.lookup(r)));
    const stored = await prisma.aiResultCache.findMany({ where: { ticketId }, select: { key: true, activity: true } });
    expect(stored.map((s) => s.activity).sort()).toEqual(["classifyIntent", "detectSentiment", "draftReply"]);
    expect(stored.map((s) => s.key).sort()).toEqual(requests.map((r) => cacheKeyOf(r, first.modelVersion)).sort());
  });

  it("loads a ticket's stored answers in one query before its replay (prefetch), for that model only", async () => {
    const ticketId = uniqueId("ai-cache-prefetch");
    const provider = countingProvider(uniqueId("model"));
    const requests = requestsFor(ticketId);
    const first = await createAiAnswerSource(prisma, provider);
    await first.resolve(requests.map((r, i) => (i === 0 ? aiRequestOf("classifyIntent", { ...(r.input as { ticketId: string; text: string }), dryRun: true }) : r)));

    const stored = await prisma.aiResultCache.findMany({ where: { ticketId }, select: { activity: true, input: true } });
    expect(stored.find((s) => s.activity === "classifyIntent")?.input).toEqual({ ticketId, text: "My card has not arrived yet" });

    const second = await createAiAnswerSource(prisma, provider);
    provider.calls = 0;
    expect(second.lookup(requests[0]!)).toBeUndefined();
    await second.prefetch!([ticketId, uniqueId("never-answered")]);
    expect(requests.map((r) => second.lookup(r))).toEqual(requests.map((r) => first.lookup(r)));
    expect(provider.calls).toBe(0);

    const otherModel = await createAiAnswerSource(prisma, countingProvider(uniqueId("model")));
    await otherModel.prefetch!([ticketId]);
    expect(requests.map((r) => otherModel.lookup(r))).toEqual([undefined, undefined, undefined]);
  });

  it("does not serve one model's answers to another: the model version is part of the key", async () => {
    const ticketId = uniqueId("ai-cache-model");
    const before = countingProvider(uniqueId("model-a"));
    await (await createAiAnswerSource(prisma, before)).resolve(requestsFor(ticketId));
    const after = countingProvider(uniqueId("model-b"));
    const source = await createAiAnswerSource(prisma, after);
    expect(source.modelVersion).not.toBe((await createAiAnswerSource(prisma, before)).modelVersion);
    after.calls = 0;
    await source.resolve(requestsFor(ticketId));
    expect(after.calls).toBe(3);
  });

  it("asks the model once per distinct request, and keeps memory bounded (a dropped answer is read back from the table)", async () => {
    const ticketId = uniqueId("ai-cache-bounded");
    const provider = countingProvider(uniqueId("model"));
    const source = await createAiAnswerSource(prisma, provider, { maxInMemory: 2 });
    provider.calls = 0;
    const requests = requestsFor(ticketId);
    await source.resolve([...requests, ...requests]);
    expect(provider.calls).toBe(3);
    expect(source.lookup(requests[0]!)).toBeUndefined();
    await source.resolve([requests[0]!]);
    expect(provider.calls).toBe(3);
    expect(source.lookup(requests[0]!)).toMatchObject({ label: expect.any(String) });
  });

  it("names the workspace's provider and models, the same for every source of one provider", async () => {
    const provider = createAiProvider(prisma, "local");
    const a = await createAiAnswerSource(prisma, provider);
    const b = await createAiAnswerSource(prisma, provider);
    expect(a.modelVersion).toBe(b.modelVersion);
    expect(a.modelVersion).toMatch(/^local;.*;local\(.*kb-.*\);guardrails-[0-9a-f]{8}$/);
    const ticketId = uniqueId("ai-cache-local");
    const request = aiRequestOf("classifyIntent", { ticketId, text: "I still have not received my new card" });
    await a.resolve([request]);
    const live = createActivities({ prisma, ai: provider, notifier });
    expect(a.lookup(request)).toEqual(await live.classifyIntent({ ticketId, text: "I still have not received my new card", dryRun: true }));
  });
});
