import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../../../app/api/trpc/[trpc]/route";
import { seedKnowledge } from "../../../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../../../prisma/seed/seed-workspace";
import { signIn } from "../../../../tests/auth";
import { ZTestTicketInputSchema, type TTestTicketInput } from "../../../../lib/flows/test-ticket";
import { getPrisma } from "../../../db";
import { createAiProvider } from "../../ai/create-ai-provider";
import type { LookupPort } from "../../lookups/lookup-types";
import { publishFlowVersion } from "../publish-flow-version";
import { FlowCompileError, FlowVersionNotFoundError } from "../flow-errors";
import { runTestTicket } from "./test-ticket";
import chatJourney from "./fixtures/chat-journey.json";

/**
 * The test-ticket service on a real database and the workspace's real (local) AI provider over the seeded
 * knowledge base, and flows.testTicket over HTTP for who may run one.
 */
const prisma = getPrisma();
const ai = createAiProvider(prisma, "local");
const QUESTION = "How do I change my card PIN?";
let flowId = "";

/** A lookup port that must never be asked to keep anything: a test ticket has no ticket id. */
const lookups: LookupPort = {
  sourcesFor: async () => [],
  lookup: async ({ source, ticketId }) => {
    if (ticketId !== null) throw new Error("a test ticket's lookup must not name a stored ticket");
    return { source, status: "not_found", request: "/x", fields: {} };
  },
};

const input = (over: Partial<TTestTicketInput> = {}) =>
  ZTestTicketInputSchema.parse({ flowId, target: { kind: "draft", graph: chatJourney }, ticket: { body: QUESTION, customerName: "Jamie" }, ...over });

async function rowCounts() {
  const [tickets, runs, customers, messages, lookupResults, outbox, audit] = await Promise.all([
    prisma.ticket.count(),
    prisma.flowRun.count(),
    prisma.customer.count(),
    prisma.message.count(),
    prisma.lookupResult.count(),
    prisma.outboxMessage.count(),
    prisma.auditLog.count(),
  ]);
  return { tickets, runs, customers, messages, lookupResults, outbox, audit };
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await seedKnowledge(prisma);
  const flow = await prisma.flow.create({ data: { name: `Test ticket ${Date.now()}`, draftGraph: chatJourney } });
  flowId = flow.id;
});

describe("runTestTicket", () => {
  it("answers from the knowledge base for real, cites the article, hands over when asked, and writes nothing", async () => {
    const before = await rowCounts();
    const first = await runTestTicket({ prisma, ai, lookups }, input());
    expect(first.status).toBe("waiting");
    const reply = first.conversation.find((e) => e.kind === "reply");
    expect(reply).toMatchObject({ nodeId: "answer", citations: expect.arrayContaining([expect.objectContaining({ title: "Change your card PIN" })]) });

    const second = await runTestTicket({ prisma, ai, lookups }, input({ turns: [{ kind: "customer", body: "I would like to talk to a real person, please." }] }));
    expect(second.conversation.map((e) => e.kind)).toEqual(["customer", "reply", "customer", "handoff"]);
    expect(second.outcome).toMatchObject({ kind: "escalated", queue: "escalations" });
    expect(await rowCounts()).toEqual(before);
  });

  it("runs a published version by id, and refuses a version of another flow", async () => {
    const version = await publishFlowVersion(prisma, { flowId, graph: chatJourney, author: "test", message: "v1" });
    const result = await runTestTicket({ prisma, ai, lookups }, input({ target: { kind: "version", versionId: version.id }, turns: [{ kind: "timeout" }] }));
    expect(result.ran).toEqual({ kind: "version", number: version.number });
    expect(result.conversation.map((e) => e.kind)).toEqual(["customer", "reply", "timeout", "resolved", "csat"]);

    const other = await prisma.flow.create({ data: { name: `Other ${Date.now()}`, draftGraph: chatJourney } });
    await expect(runTestTicket({ prisma, ai, lookups }, input({ flowId: other.id, target: { kind: "version", versionId: version.id } }))).rejects.toBeInstanceOf(FlowVersionNotFoundError);
  });

  it("refuses a draft that does not compile against the workspace, with every error", async () => {
    const graph = structuredClone(chatJourney);
    graph.nodes.find((n) => n.id === "hand-over")!.data.queue = "no-such-queue";
    const refused = await runTestTicket({ prisma, ai, lookups }, input({ target: { kind: "draft", graph } })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FlowCompileError);
    expect((refused as FlowCompileError).errors).toEqual([expect.objectContaining({ code: "unknown-queue", nodeId: "hand-over" })]);
  });
});

describe("flows.testTicket over HTTP", () => {
  async function call(cookie: string | null, body: unknown) {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (cookie !== null) headers.cookie = cookie;
    const response = await POST(new Request("http://test/api/trpc/flows.testTicket", { method: "POST", headers, body: JSON.stringify({ json: body }) }));
    return { status: response.status, body: (await response.json()) as { result?: { data: { json: { status: string } } }; error?: { json: { message: string; data: { compileErrors: unknown } } } } };
  }
  const raw = () => ({ flowId, target: { kind: "draft", graph: chatJourney }, ticket: { body: QUESTION } });

  it("lets designers run one, refuses agents and the signed-out, and bounds the turns", async () => {
    const designer = await signIn("test-ticket-designer@example.com", "designer");
    const agent = await signIn("test-ticket-agent@example.com", "agent");
    expect((await call(designer, raw())).body.result?.data.json.status).toBe("waiting");

    const refused = await call(agent, raw());
    expect(refused.status).toBe(403);
    expect(refused.body.error?.json.message).toMatch(/Editing flows needs/);
    expect((await call(null, raw())).status).toBe(401);

    const tooMany = await call(designer, { ...raw(), turns: Array.from({ length: 21 }, () => ({ kind: "timeout" })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error?.json.message).toMatch(/at most 20 replies/);
  });

  it("answers a draft that does not compile with its compile errors, for the editor to pin", async () => {
    const designer = await signIn("test-ticket-designer@example.com", "designer");
    const graph = { nodes: chatJourney.nodes.filter((n) => n.id !== "trigger"), edges: chatJourney.edges.filter((e) => e.source !== "trigger") };
    const refused = await call(designer, { ...raw(), target: { kind: "draft", graph } });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.json.data.compileErrors).toEqual(expect.arrayContaining([expect.objectContaining({ code: "no-trigger" })]));
  });
});
