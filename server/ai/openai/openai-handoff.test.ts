import { afterEach, describe, expect, it } from "vitest";
import { flow, n } from "../../../workflows/compile/test-graphs";
import { drive, path, planOf, ticket } from "../../../workflows/interpret/test-driver";
import { scripted, type OpenAiTestServer } from "../../../tests/support/openai-server";
import { harness, PASSAGES } from "./test-kit";

/*
 * What a provider failure means for a ticket: the provider's answers are fed to the interpreter's
 * test driver, as the live driver would after the activity ran.
 *
 *  trigger ─▶ classify(min 0.6) ─next─▶ ai-reply(0.7, autonomous) ──sent──▶ resolve ─▶ end
 *                  └──unsure──▶ escalate                └──handoff──▶ route(general)
 */
const graph = flow(
  {
    t: n.trigger(),
    k: n.raw("classify-intent", { minConfidence: 0.6 }),
    ai: n.aiReply(0.7, "autonomous"),
    done: n.resolve(),
    fin: n.end(),
    unsure: n.escalate("Intent unclear"),
    human: n.route("general"),
  },
  ["t -> k", "k -> ai", "k:unsure -> unsure", "ai:sent -> done", "done -> fin", "ai:handoff -> human"],
);

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("an OpenAI failure hands the ticket to a human", () => {
  it("a draft that failed after retries is never sent: handoff, with the confidence reason and the failure in the details", async () => {
    const h = await harness(scripted({ kind: "status", status: 500 }), { maxRetries: 1 });
    server = h.server;
    const draft = await h.provider.draftReply({ text: "Can't log in", intent: "password_reset", passages: PASSAGES });

    const { state, calls } = drive(planOf(graph), ticket(), {
      classifyIntent: () => ({ label: "password_reset", confidence: 0.9, alternatives: [] }),
      draftReply: () => draft,
    });
    expect(calls.map((c) => c.name)).not.toContain("sendReply");
    expect(path(state)).toContain("ai:handoff");
    const step = state.trace.find((e) => e.nodeId === "ai")!;
    expect(step.reason).toBe("Confidence 0% is below the 70% threshold");
    expect(step.details).toMatchObject({ model: "openai:gpt-test (failed: HTTP 500 after 2 attempts)", citations: [] });
    expect(state.outcome).toMatchObject({ kind: "routed", aiReply: "handoff", queue: "general" });
  });

  it("a draft citing a passage it was not given is handed off the same way", async () => {
    const h = await harness(scripted({ kind: "content", content: { text: "Refunds take 3 days.", confidence: 0.95, citations: ["kb-refunds"] } }));
    server = h.server;
    const draft = await h.provider.draftReply({ text: "Refund?", intent: "billing", passages: PASSAGES });

    const { state, calls } = drive(planOf(graph), ticket(), {
      classifyIntent: () => ({ label: "billing", confidence: 0.9, alternatives: [] }),
      draftReply: () => draft,
    });
    expect(calls.map((c) => c.name)).not.toContain("sendReply");
    expect(state.outcome).toMatchObject({ kind: "routed", aiReply: "handoff" });
  });

  it("a classification that failed takes the unsure branch and escalates with the node's reason", async () => {
    const h = await harness(scripted({ kind: "refusal" }));
    server = h.server;
    const intent = await h.provider.classifyIntent("???");

    const { state, calls } = drive(planOf(graph), ticket(), { classifyIntent: () => intent });
    expect(calls.map((c) => c.name)).not.toContain("draftReply");
    expect(path(state)).toContain("k:unsure: unknown");
    expect(state.trace.find((e) => e.nodeId === "k")!.details).toMatchObject({ model: expect.stringMatching(/^openai:gpt-test \(failed: invalid output: refused/) });
    expect(state.outcome).toMatchObject({ kind: "escalated", escalationReason: "Intent unclear" });
  });
});
