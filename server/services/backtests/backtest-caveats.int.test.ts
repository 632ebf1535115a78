import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { toyRows } from "../../ai/intent/dev/toy-data";
import { serializeIntentModel, trainIntentModel } from "../../ai/intent";
import { backtestCaveats } from "./backtest-caveats";

const prisma = getPrisma();
const tagsRule = { nodes: [{ id: "c", type: "condition", config: { rules: { kind: "group", match: "all", rules: [{ kind: "rule", field: "ticket.tags", op: "contains_any", values: ["vip"] }] } } }] };

describe("backtestCaveats", () => {
  it("names the trained intent model and says its accuracy here is in-sample, beside its cross-validated accuracy", async () => {
    const version = 700_000 + Math.floor(Math.random() * 99_999);
    await prisma.intentModel.create({
      data: { version, status: "ready", fingerprint: "abcdef0123456789", trainedOn: 18_400, labels: 12, author: "test", metrics: { crossValidatedAccuracy: 0.912 }, finishedAt: new Date("2026-11-20T10:00:00Z") },
    });
    const { model, caveats } = await backtestCaveats(prisma, {
      modelVersion: `local;local-intent-v${version}-abcdef01;local(afinn,kb-3);guardrails-12345678`,
      candidateGraph: { nodes: [] },
      baselineGraph: tagsRule,
      intentAccuracy: 0.998,
    });
    expect(model).toMatchObject({ provider: "local", intentModel: { version, trainedOn: 18_400, crossValidatedAccuracy: 0.912 } });
    expect(caveats.map((c) => c.kind)).toEqual(["intent-in-sample", "final-tags"]);
    expect(caveats[0]!.message).toContain(`The intent model (v${version}) learned from 18,400 labelled tickets`);
    expect(caveats[0]!.message).toContain("the intent accuracy measured here (99.8%) is optimistic");
    expect(caveats[0]!.message).toContain("cross-validated accuracy, the estimate for tickets it has not seen, is 91.2%");
  });

  it("has nothing to say about a run without a trained model and without rules on tags", async () => {
    const { model, caveats } = await backtestCaveats(prisma, { modelVersion: "keyword;no-trained-intent;keyword-v1;guardrails-00000000", candidateGraph: { nodes: [] }, baselineGraph: null, intentAccuracy: 0.7 });
    expect(model).toEqual({ raw: "keyword;no-trained-intent;keyword-v1;guardrails-00000000", provider: "keyword", intentModel: null });
    expect(caveats).toEqual([]);
    expect((await backtestCaveats(prisma, { modelVersion: null, candidateGraph: tagsRule, baselineGraph: null, intentAccuracy: null })).caveats.map((c) => c.kind)).toEqual(["final-tags"]);
  });

  it("says when a rule names an intent the answering classifier never gives, and which", async () => {
    // [c: condition intent.label in [card_issue, card_arrival]] in the candidate; the baseline names "billing".
    const intents = (values: string[]) => ({ nodes: [{ id: "c", type: "condition", data: { rules: { kind: "group", match: "all", rules: [{ kind: "rule", field: "intent.label", op: "in", values }] } } }] });
    const keyword = await backtestCaveats(prisma, {
      modelVersion: "keyword;no-trained-intent;keyword-v1;guardrails-00000000",
      candidateGraph: intents(["card_issue", "card_arrival"]),
      baselineGraph: intents(["billing"]),
      intentAccuracy: null,
    });
    expect(keyword.caveats.map((c) => c.kind)).toEqual(["unknown-intent-labels"]);
    expect(keyword.caveats[0]!.message).toContain('A rule here names an intent ("card_arrival") that the keyword baseline, which answered this run, never gives');

    // A trained model's labels are read from its weights: the toy model knows "billing" but not "card_issue".
    const model = trainIntentModel(toyRows(120, { seed: 1 }), { seed: 1 });
    expect(model.classes).toContain("billing");
    const version = 700_000 + Math.floor(Math.random() * 99_999);
    await prisma.intentModel.create({ data: { version, status: "ready", fingerprint: "0123456789abcdef", trainedOn: 120, labels: model.classes.length, author: "test", blob: new Uint8Array(serializeIntentModel(model)) } });
    const trained = await backtestCaveats(prisma, {
      modelVersion: `local;local-intent-v${version}-01234567;local(afinn,kb-3);guardrails-12345678`,
      candidateGraph: intents(["card_issue", "billing", "unknown"]),
      baselineGraph: null,
      intentAccuracy: null,
    });
    expect(trained.caveats.map((c) => c.kind)).toEqual(["unknown-intent-labels"]);
    expect(trained.caveats[0]!.message).toContain(`names an intent ("card_issue") that intent model v${version}, which answered this run, never gives`);
    // OpenAI without a trained model picks from labels that change: nothing to say.
    expect((await backtestCaveats(prisma, { modelVersion: "openai;no-trained-intent;gpt;guardrails-0", candidateGraph: intents(["anything"]), baselineGraph: null, intentAccuracy: null })).caveats).toEqual([]);
  });
});
