import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
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
});
