import { afterEach, describe, expect, it } from "vitest";
import { scripted, type OpenAiTestServer } from "../../../tests/support/openai-server";
import { ZDraftResultSchema } from "../../../workflows/interpret/activities";
import type { TLookupResult } from "../../../workflows/model/lookup";
import type { LookupPort, TDataSourceSummary, TLookupContext } from "../../services/lookups/lookup-types";
import { answerAiActivity } from "../answer-ai-activity";
import { MAX_TOOL_ROUNDS } from "./draft-tools";
import { harness, PASSAGES } from "./test-kit";

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const orders: TDataSourceSummary = {
  name: "orders",
  description: "Looks up an order by its number.",
  intents: ["order_status"],
  fields: [
    { name: "status", type: "string" },
    { name: "eta", type: "string" },
  ],
  variables: ["text.number"],
  answerTemplate: null,
};
const found: TLookupResult = { source: "orders", status: "found", request: "/orders/48213", fields: { status: "shipped", eta: "Friday" } };
const context: TLookupContext = {
  ticket: { externalId: "ext-1", subject: "Order", body: "Where is order #48213?", latestMessage: "Where is order #48213?", pageUrl: null, customFields: {} },
  customer: { externalId: "c-1", email: "ada@example.com", name: "Ada", plan: "standard" },
};

function port(result: TLookupResult = found) {
  const calls: Array<{ source: string; ticketId: string | null; args?: Record<string, string> }> = [];
  const lookups: LookupPort = {
    sourcesFor: async (intent) => (intent === "order_status" ? [orders] : []),
    lookup: async ({ source, ticketId, args }) => (calls.push({ source, ticketId, ...(args ? { args } : {}) }), result),
  };
  return { lookups, calls, deps: { lookups, lookupContext: async () => context } };
}

const draftInput = { ticketId: "t1", text: "Where is order #48213?", intent: "order_status", maxPassages: 3 };
const answer = { text: "Your order 48213 has shipped and arrives Friday.", confidence: 0.9, citations: [], usedData: ["orders"] };

describe("OpenAI provider: data sources as function calls", () => {
  it("offers the source as a function, runs the call through the port with the argument the model extracted, and answers from its result", async () => {
    const h = await harness(scripted({ kind: "tool-calls", calls: [{ id: "call_1", name: "lookup_orders", arguments: { order_number: "48213" } }] }, { kind: "content", content: answer }));
    server = h.server;
    const p = port();
    const draft = ZDraftResultSchema.parse(await answerAiActivity(h.provider, "draftReply", draftInput, p.deps));

    const [first, second] = h.server.requests;
    expect(first!.body.tools).toEqual([
      {
        type: "function",
        function: {
          name: "lookup_orders",
          description: "Looks up an order by its number. Returns: status, eta.",
          strict: true,
          parameters: {
            type: "object",
            properties: { order_number: { type: "string", description: expect.stringContaining("number the customer gave") } },
            required: ["order_number"],
            additionalProperties: false,
          },
        },
      },
    ]);
    expect(first!.body.tool_choice).toBe("auto");
    expect(p.calls).toEqual([{ source: "orders", ticketId: "t1", args: { "text.number": "48213" } }]);
    // The call and its result go back to the model in the protocol's shape.
    const followUp = second!.body.messages!.slice(2);
    expect(followUp[0]).toMatchObject({ role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup_orders", arguments: '{"order_number":"48213"}' } }] });
    expect(followUp[1]!.role).toBe("tool");
    expect(followUp[1]!.tool_call_id).toBe("call_1");
    expect(JSON.parse(followUp[1]!.content)).toEqual({ status: "found", fields: { status: "shipped", eta: "Friday" } });

    expect(draft).toMatchObject({ text: answer.text, confidence: 0.9, citations: [], usedData: ["orders"], model: "openai:gpt-test" });
    expect(draft.lookups).toEqual([found]);
  });

  it("gives a record the run already fetched in the prompt and offers no function for it", async () => {
    const h = await harness(scripted({ kind: "content", content: answer }));
    server = h.server;
    const p = port();
    const draft = await answerAiActivity(h.provider, "draftReply", { ...draftInput, lookups: [found] }, p.deps);
    const body = h.server.requests[0]!.body;
    expect(body.tools).toBeUndefined();
    expect(JSON.parse(body.messages![1]!.content).data).toEqual([{ source: "orders", status: "found", fields: { status: "shipped", eta: "Friday" } }]);
    expect(p.calls).toEqual([]);
    expect(draft).toMatchObject({ usedData: ["orders"], lookups: [found] });
  });

  it("a record the model says it used but that was not found is not counted as used", async () => {
    const missing: TLookupResult = { source: "orders", status: "not_found", request: "/orders/48213", fields: {}, error: "No record (404)" };
    const h = await harness(
      scripted(
        { kind: "tool-calls", calls: [{ name: "lookup_orders", arguments: { order_number: "48213" } }] },
        { kind: "content", content: { text: "Click 'Forgot password'.", confidence: 0.7, citations: ["kb-reset"], usedData: ["orders"] } },
      ),
      { retrieve: async () => PASSAGES },
    );
    server = h.server;
    const draft = await answerAiActivity(h.provider, "draftReply", draftInput, port(missing).deps);
    expect(draft).toMatchObject({ citations: [{ articleId: "kb-reset" }], usedData: [], lookups: [missing] });
    expect(JSON.parse(h.server.requests[1]!.body.messages![3]!.content)).toEqual({ status: "not_found", fields: {}, note: "No record (404)" });
  });

  it(`after ${MAX_TOOL_ROUNDS} rounds of calls it must answer: the last request forbids calls`, async () => {
    const call = { kind: "tool-calls" as const, calls: [{ name: "lookup_orders", arguments: { order_number: "48213" } }] };
    const h = await harness(scripted(...Array.from({ length: MAX_TOOL_ROUNDS }, () => call), { kind: "content", content: answer }));
    server = h.server;
    const p = port();
    const draft = await answerAiActivity(h.provider, "draftReply", draftInput, p.deps);
    expect(h.server.requests.map((r) => r.body.tool_choice)).toEqual([...Array.from({ length: MAX_TOOL_ROUNDS }, () => "auto"), "none"]);
    expect(p.calls).toHaveLength(MAX_TOOL_ROUNDS);
    expect(draft.text).toBe(answer.text);
  });

  it("an answer that relies on neither a passage nor a found record hands off with an empty draft", async () => {
    const h = await harness(scripted({ kind: "content", content: { text: "It is on its way!", confidence: 0.9, citations: [], usedData: [] } }));
    server = h.server;
    const draft = await answerAiActivity(h.provider, "draftReply", { ...draftInput, lookups: [found] }, port().deps);
    expect(draft).toMatchObject({ text: "", confidence: 0, model: expect.stringContaining("relies on no passage or found record") });
  });
});

describe("OpenAI provider: the customer's page in the prompts", () => {
  it("classification reads the page's path (not its site or query) when there is one, and only the text otherwise", async () => {
    const h = await harness(scripted({ kind: "content", content: { label: "billing", confidence: 0.9, alternatives: [] } }));
    server = h.server;
    await answerAiActivity(h.provider, "classifyIntent", { ticketId: "t1", text: "Where is it?", pageUrl: "https://shop.example/billing/invoices?id=7#top" });
    await answerAiActivity(h.provider, "classifyIntent", { ticketId: "t1", text: "Where is it?" });
    const [withPage, without] = h.server.requests;
    expect(JSON.parse(withPage!.body.messages![1]!.content)).toEqual({ ticket: "Where is it?", page: { path: "/billing/invoices" } });
    expect(withPage!.body.messages![0]!.content).toContain("page, when given");
    expect(JSON.parse(without!.body.messages![1]!.content)).toEqual({ ticket: "Where is it?" });
  });

  it("the draft's prompt carries the page too", async () => {
    const h = await harness(scripted({ kind: "content", content: { text: "Click 'Forgot password'.", confidence: 0.8, citations: ["kb-reset"] } }));
    server = h.server;
    await h.provider.draftReply({ text: "Can't log in", intent: "password_reset", passages: PASSAGES, page: { url: "https://app.example/login", title: "Sign in" } });
    expect(JSON.parse(h.server.requests[0]!.body.messages![1]!.content).page).toEqual({ path: "/login", title: "Sign in" });
  });
});
