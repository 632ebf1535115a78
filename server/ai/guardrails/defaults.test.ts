import { describe, expect, it } from "vitest";
import seedKb from "../../../prisma/seed/kb-articles.json";
import { LocalProvider } from "../local/local-provider";
import { buildKbIndex } from "../local/retrieval";
import { checkGuardrails } from "./check-guardrails";
import { DEFAULT_GUARDRAILS } from "./defaults";
import { guardrailPatternProblems, type TGuardrailRule } from "./rule";

const rules: TGuardrailRule[] = DEFAULT_GUARDRAILS.map((g, i) => ({ ...g, id: `d${i}`, enabled: true }));

describe("DEFAULT_GUARDRAILS", () => {
  it("are all valid", () => {
    expect(rules.flatMap(guardrailPatternProblems)).toEqual([]);
  });

  it.each([
    ["Your refund within 3 days is confirmed.", null, "Never promise a refund timeline"],
    ["You will be refunded by Friday.", null, "Never promise a refund timeline"],
    ["Good news: exports are included in your plan.", null, "Never confirm a feature without checking the plan"],
    ["Don't worry, you'll definitely get your money back.", "fraud", "Never guarantee the outcome of a fraud or dispute case"],
    ["Please reply with your full card number so we can check.", null, "Never ask for a full card number, PIN, CVV or password"],
    ["Could you send us your PIN?", null, "Never ask for a full card number, PIN, CVV or password"],
  ])("block %s", (text, category, rule) => {
    expect(checkGuardrails(text, rules, category)).toMatchObject({ ok: false, rule });
  });

  it("let the drafts of the seeded articles through", async () => {
    const index = buildKbIndex(seedKb.map((a, i) => ({ id: `seed-${i}`, ...a })));
    const provider = new LocalProvider({ kb: { get: async () => index, peek: () => index } });
    for (const article of seedKb) {
      const draft = await provider.draftReply({ text: article.title, intent: article.category, passages: await provider.retrieve(article.title, 3) });
      expect(draft.text).not.toBe("");
      expect(checkGuardrails(draft.text, rules, article.category)).toEqual({ ok: true });
    }
  });
});
