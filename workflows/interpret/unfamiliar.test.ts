import { describe, expect, it } from "vitest";
import { flow, n } from "../compile/test-graphs";
import { drive, path, planOf, ticket } from "./test-driver";

/*
 *  trigger ─▶ classify ─next─▶ ai-reply(autonomous) ──sent──▶ resolve ─▶ end
 *                 └──unsure──▶ escalate   (only when wired)  └──handoff──▶ route(general)
 */
const graph = (withUnsure: boolean) =>
  flow(
    {
      t: n.trigger(),
      k: n.raw("classify-intent", { minConfidence: 0.5 }),
      ai: n.aiReply(0.7, "autonomous"),
      done: n.resolve(),
      fin: n.end(),
      ...(withUnsure ? { unsure: n.escalate("Intent unclear") } : {}),
      human: n.route("general"),
    },
    ["t -> k", "k -> ai", ...(withUnsure ? ["k:unsure -> unsure"] : []), "ai:sent -> done", "done -> fin", "ai:handoff -> human"],
  );
// Confident enough on its own numbers: only the unfamiliar flag can make the run hand the ticket over.
const unfamiliar = { classifyIntent: () => ({ label: "unknown", confidence: 0.8, alternatives: [{ label: "billing", confidence: 0.8 }], unfamiliar: true }) };

describe("a ticket unlike every intent the model was trained on", () => {
  it("takes classify-intent's 'unsure' whatever the confidence, saying why in plain words", () => {
    const { state } = drive(planOf(graph(true)), ticket(), unfamiliar);
    expect(path(state)).toContain("k:unsure: unknown");
    const line = state.trace.find((e) => e.nodeId === "k")!;
    expect(line.reason).toBe("The ticket is not like any intent the model was trained on (closest: billing at 80%)");
    expect(line.details).toMatchObject({ unfamiliar: true });
    expect(state.outcome).toMatchObject({ kind: "escalated", escalationReason: "Intent unclear" });
  });

  it("is handed to an agent by the AI reply, never sent, when 'unsure' is not wired", () => {
    const { state, calls } = drive(planOf(graph(false)), ticket(), unfamiliar);
    expect(state.facts.intent).toMatchObject({ unfamiliar: true });
    expect(calls.map((c) => c.name)).not.toContain("sendReply");
    const line = state.trace.find((e) => e.nodeId === "ai" && e.decision === "handoff")!;
    expect(line.reason).toMatch(/^The ticket is not like any intent the model was trained on; handed to an agent/);
    expect(state.outcome?.aiReply).toBe("handoff");
  });

  it("changes nothing for a familiar ticket", () => {
    const familiar = { classifyIntent: () => ({ label: "billing", confidence: 0.8, alternatives: [] }) };
    const { state, calls } = drive(planOf(graph(true)), ticket(), familiar);
    expect(state.facts.intent).not.toHaveProperty("unfamiliar");
    expect(calls.map((c) => c.name)).toContain("sendReply");
  });
});
