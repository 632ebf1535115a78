import { describe, expect, it } from "vitest";
import { flow, n } from "../../../workflows/compile/test-graphs";
import { drive, planOf, ticket } from "../../../workflows/interpret/test-driver";
import kb from "../local/fixtures/small-kb.json";
import { LocalProvider } from "../local/local-provider";
import { buildKbIndex } from "../local/retrieval";
import type { TGuardrailRule } from "./rule";
import { withGuardrails } from "./with-guardrails";

const index = buildKbIndex(kb);
const local = new LocalProvider({ kb: { get: async () => index, peek: () => index } });
const timeline: TGuardrailRule = { id: "g1", rule: "Never promise a timeline", kind: "phrases", patterns: ["within one working day"], categories: [], enabled: true };
const question = "How long does a transfer take to arrive?";

async function draftWith(rules: TGuardrailRule[], intent: string | null = "transfer") {
  const guarded = withGuardrails(local, async () => rules);
  return guarded.draftReply({ text: question, intent, passages: await guarded.retrieve(question, 3) });
}

describe("withGuardrails", () => {
  it("passes a draft that breaks no rule unchanged", async () => {
    const plain = await local.draftReply({ text: question, intent: "transfer", passages: await local.retrieve(question, 3) });
    expect(plain.text).toContain("within one working day");
    expect(await draftWith([])).toEqual(plain);
  });

  it("sets blockedBy to the rule's sentence when the draft breaks it, keeping the draft for the agent", async () => {
    const draft = await draftWith([timeline]);
    expect(draft.blockedBy).toBe("Never promise a timeline");
    expect(draft.text).toContain("within one working day");
  });

  it("checks only rules for the draft's intent when a rule is limited to categories", async () => {
    expect((await draftWith([{ ...timeline, categories: ["billing"] }])).blockedBy).toBeNull();
    expect((await draftWith([{ ...timeline, categories: ["transfer"] }])).blockedBy).toBe("Never promise a timeline");
  });

  it("blocks, naming the rule, when a rule cannot be checked", async () => {
    const broken: TGuardrailRule = { ...timeline, rule: "Broken rule", kind: "regex", patterns: ["(oops"] };
    expect((await draftWith([broken])).blockedBy).toMatch(/^Broken rule \(could not be checked: .*“\(oops” is not a valid regular expression/);
  });

  it("never loads rules for an empty draft", async () => {
    const guarded = withGuardrails(local, async () => {
      throw new Error("must not load");
    });
    expect(await guarded.draftReply({ text: "x", intent: null, passages: [] })).toMatchObject({ text: "", blockedBy: null });
  });

  it("keeps the provider's name and model version", () => {
    const guarded = withGuardrails(local, async () => []);
    expect([guarded.name, guarded.modelVersion]).toEqual([local.name, local.modelVersion]);
  });

  it("a blocked draft is never sent: the ai-reply step hands off with the rule in the reason", async () => {
    const blocked = await draftWith([timeline]);
    const graph = flow(
      { t: n.trigger(), ai: n.aiReply(0.1, "autonomous"), done: n.resolve(), fin: n.end(), human: n.route("general") },
      ["t -> ai", "ai:sent -> done", "done -> fin", "ai:handoff -> human"],
    );
    const { state, calls } = drive(planOf(graph), ticket({ body: question }), { draftReply: () => blocked });
    expect(calls.map((c) => c.name)).toEqual(["draftReply", "routeTicket"]);
    expect(state.trace.find((e) => e.nodeId === "ai")?.reason).toBe('Guardrail "Never promise a timeline" blocked the draft');
    expect(state.outcome?.aiReply).toBe("blocked");
  });
});
