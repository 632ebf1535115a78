import { describe, expect, it } from "vitest";
import type { TLookupResult } from "../../workflows/model/lookup";
import type { LookupPort, TDataSourceSummary, TLookupContext } from "../services/lookups/lookup-types";
import { answerAiActivity } from "./answer-ai-activity";
import { pageChangedCitations } from "./page-effect";
import type { AiProvider, DraftInput, KbPassage } from "./provider";

const p = (articleId: string, score: number, pageMatch?: boolean): KbPassage => ({ articleId, title: `Title ${articleId}`, text: `About ${articleId}`, score, ...(pageMatch === undefined ? {} : { pageMatch }) });
const cite = (...ids: string[]) => ids.map((articleId) => ({ articleId, title: `Title ${articleId}` }));

/** Retrieval that puts the page's article first when given the page; drafts cite the first passage and use what data they are lent. */
function fakeProvider(withPage: KbPassage[], withoutPage: KbPassage[]) {
  const retrievals: Array<string | null> = [];
  const drafts: DraftInput[] = [];
  const provider: AiProvider = {
    name: "fake",
    modelVersion: "fake-1",
    classifyIntent: async () => ({ label: "x", confidence: 1, alternatives: [] }),
    detectSentiment: async () => ({ label: "neutral", score: 0, frustrated: false, asksForHuman: false }),
    retrieve: async (_q, _limit, context) => (retrievals.push(context?.pageUrl ?? null), context?.pageUrl ? withPage : withoutPage),
    async draftReply(input) {
      drafts.push(input);
      const used: string[] = [];
      for (const s of input.data?.sources ?? []) {
        const r = input.data!.known.find((k) => k.source === s.name) ?? (await input.data!.lookup(s.name, { "text.number": "48213" }));
        if (r.status === "found") used.push(s.name);
      }
      const best = input.passages[0];
      return { text: best ? `See ${best.articleId}` : "", confidence: 0.8, citations: best ? cite(best.articleId) : [], blockedBy: null, model: "fake-1", ...(input.data ? { usedData: used } : {}) };
    },
    summarise: async () => ({ summary: "", model: "fake" }),
  };
  return { provider, retrievals, drafts };
}

const source = (name: string): TDataSourceSummary => ({ name, description: "", intents: ["order_status"], fields: [], variables: ["text.number"], answerTemplate: null });
const context: TLookupContext = {
  ticket: { externalId: "ext-1", subject: "Order", body: "Where is 48213?", latestMessage: "Where is 48213?", pageUrl: null, customFields: {} },
  customer: { externalId: "c-1", email: "ada@example.com", name: "Ada", plan: "standard" },
};

function fakePort(answers: Record<string, TLookupResult | Error>) {
  const calls: Array<{ source: string; ticketId: string | null; args?: Record<string, string>; context: TLookupContext }> = [];
  const port: LookupPort = {
    sourcesFor: async (intent) => (intent === "order_status" ? Object.keys(answers).map(source) : []),
    async lookup(input) {
      calls.push(input);
      const answer = answers[input.source]!;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { port, calls };
}

const input = { ticketId: "t1", text: "Where is my invoice?", intent: "billing", maxPassages: 3 };

describe("drafting with the customer's page", () => {
  it("retrieves with the page, and says the page changed the answer when the cited article is the one it moved to the top", async () => {
    const { provider, retrievals } = fakeProvider([p("kb-invoices", 0.6, true), p("kb-general", 0.9)], [p("kb-general", 0.9), p("kb-invoices", 0.6)]);
    const draft = await answerAiActivity(provider, "draftReply", { ...input, pageUrl: "https://shop.example/billing/invoices?tab=2" });
    expect(retrievals).toEqual(["https://shop.example/billing/invoices?tab=2", null]);
    expect(draft.citations).toEqual(cite("kb-invoices"));
    expect(draft.page).toEqual({ url: "https://shop.example/billing/invoices?tab=2", matched: cite("kb-invoices"), changedAnswer: true });
  });

  it("a page that matched an article which did not change what is cited: unchanged", async () => {
    const { provider } = fakeProvider([p("kb-general", 0.9), p("kb-invoices", 0.6, true)], [p("kb-general", 0.9), p("kb-other", 0.5)]);
    const draft = await answerAiActivity(provider, "draftReply", { ...input, pageUrl: "https://shop.example/billing" });
    expect(draft.page).toEqual({ url: "https://shop.example/billing", matched: cite("kb-invoices"), changedAnswer: false });
  });

  it("no article tagged for the page: unchanged, and retrieval is not asked a second time", async () => {
    const { provider, retrievals } = fakeProvider([p("kb-general", 0.9)], [p("kb-general", 0.9)]);
    const draft = await answerAiActivity(provider, "draftReply", { ...input, pageUrl: "https://shop.example/" });
    expect(draft.page).toEqual({ url: "https://shop.example/", matched: [], changedAnswer: false });
    expect(retrievals).toEqual(["https://shop.example/"]);
  });

  it("without a page, retrieval gets no page and the draft says nothing about one", async () => {
    const { provider, retrievals } = fakeProvider([], [p("kb-general", 0.9)]);
    const draft = await answerAiActivity(provider, "draftReply", input);
    expect(retrievals).toEqual([null]);
    expect(draft).not.toHaveProperty("page");
    expect(draft).not.toHaveProperty("lookups");
  });

  it.each<[string, string[], KbPassage[], KbPassage[], boolean]>([
    ["cites an article only the page brought in", ["b"], [p("b", 0.5, true), p("a", 0.9)], [p("a", 0.9), p("c", 0.4)], true],
    ["cites the page's top article, which was second without it", ["b"], [p("b", 0.5, true), p("a", 0.9)], [p("a", 0.9), p("b", 0.5)], true],
    ["cites the same top article either way", ["a"], [p("a", 0.9), p("b", 0.5, true)], [p("a", 0.9), p("c", 0.4)], false],
    ["cites a lower article offered either way", ["a"], [p("b", 0.5, true), p("a", 0.9)], [p("a", 0.9), p("b", 0.5)], false],
  ])("pageChangedCitations: %s", (_name, cited, withPage, withoutPage, changed) => {
    expect(pageChangedCitations(cite(...cited), withPage, withoutPage)).toBe(changed);
  });
});

describe("drafting with data sources", () => {
  const orderInput = { ticketId: "t1", text: "Where is order 48213?", intent: "order_status", maxPassages: 3 };
  const found: TLookupResult = { source: "orders", status: "found", request: "/orders/48213", fields: { status: "shipped" } };

  it("looks the intent's sources up through the port with the ticket's context and lists them in the result", async () => {
    const { provider, drafts } = fakeProvider([], [p("kb-shipping", 0.9)]);
    const { port, calls } = fakePort({ orders: found });
    const draft = await answerAiActivity(provider, "draftReply", orderInput, { lookups: port, lookupContext: async () => context });
    expect(calls).toEqual([{ source: "orders", ticketId: "t1", context, args: { "text.number": "48213" } }]);
    expect(drafts[0]!.data!.sources.map((s) => s.name)).toEqual(["orders"]);
    expect(draft.lookups).toEqual([found]);
    expect(draft.usedData).toEqual(["orders"]);
  });

  it("uses what the run's lookup node fetched without asking the port again", async () => {
    const { provider } = fakeProvider([], [p("kb-shipping", 0.9)]);
    const { port, calls } = fakePort({ orders: found });
    const draft = await answerAiActivity(provider, "draftReply", { ...orderInput, lookups: [found] }, { lookups: port, lookupContext: async () => context });
    expect(calls).toEqual([]);
    expect(draft.lookups).toEqual([found]);
  });

  it("a lookup that throws, or a ticket that cannot be read, is a result saying why, and the draft still comes", async () => {
    const { provider } = fakeProvider([], [p("kb-shipping", 0.9)]);
    const { port } = fakePort({ orders: new Error("connection refused") });
    const draft = await answerAiActivity(provider, "draftReply", orderInput, { lookups: port, lookupContext: async () => context });
    expect(draft.text).toBe("See kb-shipping");
    expect(draft.lookups).toEqual([{ source: "orders", status: "failed", request: null, fields: {}, error: "The lookup failed: connection refused" }]);

    const unread = await answerAiActivity(provider, "draftReply", orderInput, { lookups: fakePort({ orders: found }).port, lookupContext: async () => null });
    expect(unread.lookups).toEqual([{ source: "orders", status: "skipped", request: null, fields: {}, error: "The ticket's details could not be read" }]);
  });

  it("an intent without data sources drafts with no data at all", async () => {
    const { provider, drafts } = fakeProvider([], [p("kb-shipping", 0.9)]);
    const { port, calls } = fakePort({ orders: found });
    await answerAiActivity(provider, "draftReply", { ...orderInput, intent: "billing" }, { lookups: port, lookupContext: async () => context });
    expect(drafts[0]!.data).toBeNull();
    expect(calls).toEqual([]);
  });
});
