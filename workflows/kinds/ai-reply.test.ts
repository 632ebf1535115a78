import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import type { ActivityInputs } from "../interpret/activities";
import { drive, planOf, ticket } from "../interpret/test-driver";
import type { TLookupResult } from "../model/lookup";
import { pagePath } from "./shared/draft-notes";

/*
 *  trigger ─▶ classify ─▶ lookup(orders) ─found/not-found─▶ ai-reply ─sent─▶ end
 *                                                              └─handoff─▶ route(general)
 */
const graph = (mode = "autonomous", threshold = 0.7) =>
  flow(
    { t: n.trigger(), k: n.classify(), look: n.raw("lookup", { source: "orders" }), ai: n.aiReply(threshold, mode), fin: n.end(), human: n.route("general") },
    ["t -> k", "k -> look", "look:found -> ai", "look:not-found -> ai", "ai:sent -> fin", "ai:handoff -> human"],
  );
const plain = flow({ t: n.trigger(), ai: n.aiReply(0.7, "shadow"), fin: n.end(), human: n.route("general") }, ["t -> ai", "ai:sent -> fin", "ai:handoff -> human"]);

const orderFound: TLookupResult = { source: "orders", status: "found", request: "/orders/48213", fields: { status: "shipped" } };
const intent = { classifyIntent: () => ({ label: "order_status", confidence: 0.9, alternatives: [] }) };
const draftOf = (extra: Record<string, unknown>) => () => ({ text: "Your order has shipped.", confidence: 0.9, citations: [{ articleId: "kb1", title: "Shipping" }], ...extra });

describe("ai-reply: the page and the data in the draft", () => {
  it("asks for the draft with the ticket's page and what the lookup node fetched", () => {
    const drafts: Array<ActivityInputs["draftReply"]> = [];
    drive(planOf(graph()), ticket({ pageUrl: "https://shop.example/orders" }), {
      ...intent,
      lookupData: () => orderFound,
      draftReply: (i) => (drafts.push(i), draftOf({})()),
    });
    expect(drafts).toEqual([{ ticketId: "t1", text: expect.any(String), intent: "order_status", maxPassages: 3, pageUrl: "https://shop.example/orders", lookups: [orderFound] }]);
  });

  it("classification is asked with the page too, and without one exactly as before", () => {
    const asked: Array<ActivityInputs["classifyIntent"]> = [];
    const classifyIntent = (i: ActivityInputs["classifyIntent"]) => (asked.push(i), intent.classifyIntent());
    drive(planOf(graph()), ticket({ pageUrl: "https://shop.example/orders" }), { classifyIntent, lookupData: () => orderFound });
    drive(planOf(graph()), ticket(), { classifyIntent, lookupData: () => orderFound });
    expect(asked).toEqual([
      { ticketId: "t1", text: expect.any(String), pageUrl: "https://shop.example/orders" },
      { ticketId: "t1", text: expect.any(String) },
    ]);
  });

  it("a ticket without a page or lookups asks exactly as before (the backtest cache's key stays the same)", () => {
    const drafts: Array<ActivityInputs["draftReply"]> = [];
    drive(planOf(plain), ticket(), { draftReply: (i) => (drafts.push(i), draftOf({})()) });
    expect(Object.keys(drafts[0]!).sort()).toEqual(["intent", "maxPassages", "text", "ticketId"]);
  });

  it("says when the page changed the articles used and which lookups the draft used, in the reason and the details", () => {
    const page = { url: "https://shop.example/billing/invoices?id=7", matched: [{ articleId: "kb1", title: "Shipping" }], changedAnswer: true };
    const { state } = drive(planOf(graph("shadow")), ticket({ pageUrl: page.url }), {
      ...intent,
      lookupData: () => orderFound,
      draftReply: draftOf({ page, lookups: [orderFound], usedData: ["orders"] }),
    });
    const line = state.trace.find((e) => e.nodeId === "ai")!;
    expect(line.reason).toBe(
      "Confidence 90% ≥ 70%; shadow mode: would have sent, handed to an agent; the page /billing/invoices changed the articles used; answered with data from orders",
    );
    expect(line.details).toMatchObject({
      page: page.url,
      pageArticles: ["Shipping"],
      pageChangedAnswer: true,
      lookups: [{ dataSource: "orders", status: "found", request: "/orders/48213", cached: false, error: null }],
    });
  });

  it("says why a lookup's data was not used, and nothing about a page that changed nothing", () => {
    const missing: TLookupResult = { source: "orders", status: "not_found", request: "/orders/48213", fields: {}, error: "No record for this order (404)" };
    const { state } = drive(planOf(graph("autonomous", 0.95)), ticket({ pageUrl: "https://shop.example/" }), {
      ...intent,
      lookupData: () => missing,
      draftReply: draftOf({ page: { url: "https://shop.example/", matched: [], changedAnswer: false }, lookups: [missing], usedData: [] }),
    });
    const line = state.trace.find((e) => e.nodeId === "ai")!;
    expect(line.reason).toBe("Confidence 90% is below the 95% threshold; data from orders not used: No record for this order (404)");
  });

  it("the sending note carries the same words", () => {
    const { state } = drive(planOf(graph("autonomous")), ticket(), { ...intent, lookupData: () => orderFound, draftReply: draftOf({ lookups: [orderFound], usedData: ["orders"] }) });
    expect(state.trace.find((e) => e.nodeId === "ai" && e.decision === "send")!.reason).toBe("Confidence 90% ≥ 70%; autonomous mode: sending; answered with data from orders");
  });

  it.each([
    ["https://shop.example/billing/invoices?id=7#x", "/billing/invoices"],
    ["https://shop.example", "/"],
    ["/help/cards", "/help/cards"],
  ])("pagePath(%s) = %s", (url, path) => {
    expect(pagePath(url)).toBe(path);
  });
});

/*
 *  trigger ─▶ classify ─▶ ai-reply(shadow; refund_request: autonomous) ─sent─▶ end
 *                                    └─handoff─▶ route(general)
 */
describe("ai-reply: a mode per intent", () => {
  const perIntent = flow(
    {
      t: n.trigger(),
      k: n.classify(),
      ai: n.raw("ai-reply", { threshold: 0.7, mode: "shadow", modesByIntent: { refund_request: "autonomous" } }),
      fin: n.end(),
      human: n.route("general"),
    },
    ["t -> k", "k -> ai", "ai:sent -> fin", "ai:handoff -> human"],
  );
  const classed = (label: string) => ({ classifyIntent: () => ({ label, confidence: 0.9, alternatives: [] }), draftReply: draftOf({}) });

  it("sends for the intent switched to autonomous", () => {
    const { state } = drive(planOf(perIntent), ticket(), classed("refund_request"));
    const line = state.trace.find((e) => e.nodeId === "ai" && e.decision === "send")!;
    expect(line.details).toMatchObject({ mode: "autonomous" });
    expect(line.reason).toBe("Confidence 90% ≥ 70%; autonomous mode for refund_request: sending");
    expect(line.details).not.toHaveProperty("draft");
    expect(state.actions.aiReply).toBe("sent");
  });

  it("keeps every other intent in shadow, with the draft's text and intent in its trace line", () => {
    const { state } = drive(planOf(perIntent), ticket(), classed("order_status"));
    const line = state.trace.find((e) => e.nodeId === "ai")!;
    expect(line.decision).toBe("shadow");
    expect(line.details).toMatchObject({ mode: "shadow", draft: "Your order has shipped.", intent: "order_status", confidence: 0.9 });
    expect(state.actions.aiReply).toBe("shadow");
  });

  it("keeps a below-threshold shadow draft too, for finding the threshold that reaches the target", () => {
    const low = { classifyIntent: () => ({ label: "order_status", confidence: 0.9, alternatives: [] }), draftReply: draftOf({ confidence: 0.4 }) };
    const line = drive(planOf(perIntent), ticket(), low).state.trace.find((e) => e.nodeId === "ai")!;
    expect(line.decision).toBe("handoff");
    expect(line.details).toMatchObject({ draft: "Your order has shipped.", confidence: 0.4 });
  });

  it("refuses a mode that is not one of the three", () => {
    const bad = flow({ t: n.trigger(), ai: n.raw("ai-reply", { threshold: 0.7, modesByIntent: { x: "sometimes" } }), fin: n.end(), human: n.route("general") }, [
      "t -> ai",
      "ai:sent -> fin",
      "ai:handoff -> human",
    ]);
    expect(() => planOf(bad)).toThrow();
  });
});

describe("ai-reply: an empty shadow draft", () => {
  it("keeps no text when no article answered", () => {
    const { state } = drive(planOf(plain), ticket(), { draftReply: () => ({ text: "", confidence: 0, citations: [] }) });
    expect(state.trace.find((e) => e.nodeId === "ai")!.details).not.toHaveProperty("draft");
  });
});
