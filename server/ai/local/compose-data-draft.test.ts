import { describe, expect, it } from "vitest";
import type { TLookupResult } from "../../../workflows/model/lookup";
import type { TDataSourceSummary } from "../../services/lookups/lookup-types";
import type { DraftData } from "../provider";
import kb from "./fixtures/small-kb.json";
import { FOUND_RECORD_CONFIDENCE } from "./compose-data-draft";
import { LocalProvider } from "./local-provider";
import { buildKbIndex } from "./retrieval";

const index = buildKbIndex(kb);
const provider = new LocalProvider({ kb: { get: async () => index, peek: () => index } });

const orders: TDataSourceSummary = {
  name: "orders",
  description: "The order system",
  intents: ["order_status"],
  fields: [{ name: "status", type: "string" }],
  variables: ["text.number"],
  answerTemplate: "Your order {{fields.id}} is {{fields.status}}.",
};
const found: TLookupResult = { source: "orders", status: "found", request: "/orders/48213", fields: { id: "48213", status: "on its way" } };

/** Data whose lookups answer from `answers` (by source) and are counted; templates filled by plain substitution. */
function dataOf(sources: TDataSourceSummary[], answers: Record<string, TLookupResult>, known: TLookupResult[] = []) {
  const asked: string[] = [];
  const data: DraftData = {
    sources,
    known,
    lookup: async (source) => (asked.push(source), answers[source] ?? { source, status: "not_found", fields: {}, error: "No record" }),
    render: async (template, result) => {
      let missing = false;
      const text = template.replace(/\{\{\s*fields\.(\w+)\s*\}\}/g, (_m, name: string) => {
        const v = result.fields[name];
        if (v === undefined || v === null) missing = true;
        return String(v);
      });
      return missing ? null : text;
    },
  };
  return { data, asked };
}

describe("LocalProvider: answers from a data source's template", () => {
  const question = "The password reset email never arrived, what now? Also where is order 48213?";

  it("a found record gives the filled template, keeps the knowledge draft's citation and the record's confidence", async () => {
    const passages = await provider.retrieve(question, 3);
    const { data, asked } = dataOf([orders], { orders: found });
    const draft = await provider.draftReply({ text: question, intent: "order_status", passages, data });
    expect(asked).toEqual(["orders"]);
    expect(draft.text).toBe("Your order 48213 is on its way.");
    expect(draft.citations).toEqual([{ articleId: "kb-password", title: "Reset your password" }]);
    expect(draft.confidence).toBe(FOUND_RECORD_CONFIDENCE);
    expect(draft.usedData).toEqual(["orders"]);
  });

  it("uses the run's own lookup instead of looking up again", async () => {
    const { data, asked } = dataOf([orders], {}, [found]);
    const draft = await provider.draftReply({ text: "Where is my order 48213?", intent: "order_status", passages: [], data });
    expect(asked).toEqual([]);
    expect(draft).toMatchObject({ text: "Your order 48213 is on its way.", citations: [], usedData: ["orders"] });
  });

  it("a known intent probability pulls the confidence down as for a knowledge draft", async () => {
    const { data } = dataOf([orders], { orders: found });
    const draft = await provider.draftReply({ text: "Where is order 48213?", intent: "order_status", passages: [], data, intentConfidence: 0.64 });
    expect(draft.confidence).toBeCloseTo(Math.sqrt(FOUND_RECORD_CONFIDENCE * 0.64), 3);
  });

  it.each<[string, TLookupResult]>([
    ["no record", { source: "orders", status: "not_found", fields: {}, error: "No record (404)" }],
    ["no order number", { source: "orders", status: "skipped", fields: {}, error: "The ticket has no order number" }],
    ["a field the template needs is missing", { source: "orders", status: "found", fields: { id: "48213" } }],
  ])("%s: the knowledge draft stands and no data is used", async (_name, result) => {
    const passages = await provider.retrieve(question, 3);
    const plain = await provider.draftReply({ text: question, intent: "order_status", passages });
    const { data } = dataOf([orders], { orders: result });
    const draft = await provider.draftReply({ text: question, intent: "order_status", passages, data });
    expect(draft).toEqual({ ...plain, usedData: [] });
  });

  it("a source without an answer template is never looked up by the local provider", async () => {
    const { data, asked } = dataOf([{ ...orders, answerTemplate: null }], { orders: found });
    const draft = await provider.draftReply({ text: "Where is order 48213?", intent: "order_status", passages: [], data });
    expect(asked).toEqual([]);
    expect(draft).toMatchObject({ text: "", confidence: 0, usedData: [] });
  });
});
