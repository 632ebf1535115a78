import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueId } from "../../../tests/integration/helpers";
import { ZDraftResultSchema, type ActivityInputs } from "../../../workflows/interpret/activities";
import { aiRequestOf } from "../../../workflows/interpret/replay/ai-request";
import kb from "../../ai/local/fixtures/small-kb.json";
import { LocalProvider } from "../../ai/local/local-provider";
import { buildKbIndex } from "../../ai/local/retrieval";
import { getPrisma } from "../../db";
import { createAiAnswerSource } from "../backtests/ai-cache";
import { liveLookups } from "../lookups/live-lookups";
import { ZDataSourceInputSchema } from "../lookups/data-source-input";
import { createDataSource } from "../lookups/save-data-source";
import { publishFlowVersion } from "../flows/publish-flow-version";
import { perceive } from "./perceive";

/**
 * The AI reply's own lookup, on the live path and in a backtest, against a local stand-in for an order system: the
 * live draft (the worker's perceive activity) looks the ticket's order up and answers from the source's template;
 * a backtest's draft reads the result the live draft kept, never calls out, and is cached by that result.
 */
const prisma = getPrisma();
const index = buildKbIndex(kb);
const ai = new LocalProvider({ kb: { get: async () => index, peek: () => index } });
const calls: string[] = [];
let server: Server;
let source: string;
let intent: string;
let ticketId: string;
let workflowId: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    calls.push(req.url ?? "/");
    const found = req.url === "/api/orders/48213";
    res.writeHead(found ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(found ? { order: { id: "48213", status: "on its way" } } : { error: "no such order" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  source = uniqueId("orders").toLowerCase();
  intent = uniqueId("order_status");
  const values = ZDataSourceInputSchema.parse({
    name: source,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    pathTemplate: "/orders/{{text.number}}",
    intents: [intent],
    fields: [
      { name: "id", path: "order.id", type: "string" },
      { name: "status", path: "order.status", type: "string" },
    ],
    answerTemplate: "Hi {{customer.name}}, your order {{fields.id}} is {{fields.status}}.",
  });
  await createDataSource(prisma, values, "test");
  const customer = await prisma.customer.create({ data: { source: "draft-lookup", externalId: uniqueId("c"), name: "Ada" } });
  const ticket = await prisma.ticket.create({
    data: { source: "draft-lookup", externalId: uniqueId("t"), customerId: customer.id, subject: "Where is my order?", body: "Order 48213 has not arrived yet" },
  });
  ticketId = ticket.id;
  // perceive keeps its answers under the run that asked: a published version and a run of it.
  const graph = {
    nodes: [
      { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
      { id: "e", type: "end", position: { x: 200, y: 0 }, data: {} },
    ],
    edges: [{ id: "t->e", source: "t", target: "e", sourceHandle: "next" }],
  };
  const flow = await prisma.flow.create({ data: { name: uniqueId("Draft lookups"), draftGraph: graph } });
  const version = await publishFlowVersion(prisma, { flowId: flow.id, graph, author: "test", message: "draft lookups" });
  workflowId = uniqueId("wf");
  await prisma.flowRun.create({ data: { ticketId, versionId: version.id, workflowId } });
});

afterAll(async () => {
  await prisma.dataSource.deleteMany({ where: { name: source } });
  await new Promise((resolve) => server.close(resolve));
});

describe("an AI reply that looks the ticket up", () => {
  const input = (): ActivityInputs["draftReply"] => ({ ticketId, text: "Where is my order? Order 48213 has not arrived yet", intent, maxPassages: 3 });

  it("live: looks the order up once, answers from the source's template, and keeps the result on the ticket", async () => {
    const read = { name: "draftReply" as const, input: input() };
    const { results } = await perceive({ prisma, ai, lookups: liveLookups(prisma) }, { workflowId, memoKey: "c1", ticketId, dryRun: false, reads: [read] });
    const draft = ZDraftResultSchema.parse(results[0]);
    expect(calls).toEqual(["/api/orders/48213"]);
    expect(draft.text).toBe("Hi Ada, your order 48213 is on its way.");
    expect(draft.usedData).toEqual([source]);
    expect(draft.lookups).toEqual([{ source, status: "found", request: "/orders/48213", fields: { id: "48213", status: "on its way" }, error: null }]);
    expect(await prisma.lookupResult.findUnique({ where: { ticketId_source: { ticketId, source } } })).toMatchObject({ status: "found", request: "/orders/48213" });
  });

  it("backtest: the draft reads the kept result, never calls out, and a changed kept result is a new question, not a stale answer", async () => {
    const before = calls.length;
    const request = aiRequestOf("draftReply", input());
    const first = await createAiAnswerSource(prisma, ai);
    await first.resolve([request]);
    expect(first.lookup(request)).toMatchObject({ text: "Hi Ada, your order 48213 is on its way.", usedData: [source], lookups: [{ source, status: "found", cached: true }] });

    await prisma.lookupResult.update({ where: { ticketId_source: { ticketId, source } }, data: { status: "not_found", fields: {}, error: "No record (404)" } });
    const second = await createAiAnswerSource(prisma, ai);
    await second.resolve([request]);
    const answer = second.lookup(request) as { text: string; usedData: string[]; lookups: Array<{ status: string }> };
    expect(answer.text).not.toContain("on its way");
    expect(answer.usedData).toEqual([]);
    expect(answer.lookups.map((l) => l.status)).toEqual(["not_found"]);
    expect(calls.length).toBe(before);
  });

  it("backtest: a ticket with nothing kept is answered 'not recorded' without calling out", async () => {
    await prisma.lookupResult.deleteMany({ where: { ticketId } });
    const before = calls.length;
    const request = aiRequestOf("draftReply", input());
    const source_ = await createAiAnswerSource(prisma, ai);
    await source_.resolve([request]);
    expect((source_.lookup(request) as { lookups: Array<{ status: string }> }).lookups.map((l) => l.status)).toEqual(["not_recorded"]);
    expect(calls.length).toBe(before);
  });
});
