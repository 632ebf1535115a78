import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { createAiProvider } from "../../server/services/ai/create-ai-provider";
import { getBacktestView } from "../../server/services/backtests/backtest-view";
import { loadHistoricalTickets } from "../../server/services/backtests/sources/db-source";
import { startBacktest } from "../../server/services/backtests/start-backtest";
import { ZDataSourceInputSchema } from "../../server/services/lookups/data-source-input";
import { createDataSource } from "../../server/services/lookups/save-data-source";
import { compile } from "../../workflows/compile";
import { memoryAiSource } from "../../workflows/interpret/replay/memory-ai-source";
import { lookupSourcesOf } from "../../workflows/interpret/replay/recorded-lookup";
import { replayTicket } from "../../workflows/interpret/replay/replay-ticket";
import type { TFlowGraph } from "../../workflows/model/graph";
import type { FlowPlan } from "../../workflows/model/plan";
import { backtestPorts } from "../backtest-ports";
import { eventually, jsonRequest, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * A lookup node on the live path and in a backtest, against a local stand-in for an order system: the live run
 * calls it once (its second lookup of the same source is answered from the ticket's kept result) and traces both;
 * a backtest of the ticket reads the kept result and never calls out.
 */
const prisma = getPrisma();
const calls: string[] = [];
let server: Server;
let worker: { stop(): Promise<void> } | undefined;
let source: string;
let graph: TFlowGraph;
let plan: FlowPlan;
let liveTicketId: string;
let unrecordedId: string;
let flowId: string;
let versionId: string;
const ticketSource = uniqueId("lookup-run");

beforeAll(async () => {
  server = createServer((req, res) => {
    calls.push(req.url ?? "/");
    const found = req.url === "/api/orders/48213";
    res.writeHead(found ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(found ? { order: { status: "shipped" } } : { error: "no such order" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await seedWorkspace(prisma, { demoHistory: false });
  source = uniqueId("orders").toLowerCase();
  const values = ZDataSourceInputSchema.parse({
    name: source,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    pathTemplate: "/orders/{{text.number}}",
    secret: "",
    fields: [{ name: "status", path: "order.status", type: "string" }],
  });
  await createDataSource(prisma, values, "test");
  /*
   *  trigger ─▶ lookup "a" ─found─▶ lookup "b" (same source) ─found─▶ tag(order-shipped)
   *               └─not found─▶ end      └─not found─▶ end
   */
  graph = {
    nodes: [
      { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
      { id: "a", type: "lookup", position: { x: 200, y: 0 }, data: { source } },
      { id: "b", type: "lookup", position: { x: 400, y: 0 }, data: { source } },
      { id: "tag", type: "tag", position: { x: 600, y: 0 }, data: { add: ["order-shipped"], remove: [] } },
      { id: "none", type: "end", position: { x: 600, y: 100 }, data: {} },
    ],
    edges: [
      { id: "t->a", source: "t", target: "a", sourceHandle: "next" },
      { id: "a:found->b", source: "a", target: "b", sourceHandle: "found" },
      { id: "a:not-found->none", source: "a", target: "none", sourceHandle: "not-found" },
      { id: "b:found->tag", source: "b", target: "tag", sourceHandle: "found" },
      { id: "b:not-found->none", source: "b", target: "none", sourceHandle: "not-found" },
    ],
  };
  const compiled = compile(graph, { knownDataSources: [source] });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  plan = compiled.plan;
  const name = uniqueId("Lookups");
  versionId = await publishLive(prisma, name, graph);
  flowId = (await prisma.flow.findFirstOrThrow({ where: { name } })).id;
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
  await prisma.dataSource.deleteMany({ where: { name: source } });
  await new Promise((resolve) => server.close(resolve));
});

describe("a lookup node", () => {
  it("on a live ticket calls the data source once, answers the second lookup from the ticket's result, and traces both", async () => {
    const response = await postTicket(
      jsonRequest("http://test/api/webhooks/tickets", { source: ticketSource, externalId: uniqueId("l"), subject: "Where is my order?", body: "Order 48213 has not arrived", customer: { externalId: uniqueId("c") } }),
    );
    const { ticket } = (await response.json()) as { ticket: { id: string } };
    liveTicketId = ticket.id;
    const run = await eventually("the run to complete", () =>
      prisma.flowRun.findFirst({ where: { ticketId: ticket.id, status: "completed" }, include: { events: { orderBy: { seq: "asc" } } } }),
    );
    expect(calls).toEqual(["/api/orders/48213"]);
    const lookups = run.events.filter((e) => e.nodeType === "lookup");
    expect(lookups.map((e) => `${e.nodeId}:${e.decision}`)).toEqual(["a:found", "b:found"]);
    expect(lookups[0]!.details).toEqual({ dataSource: source, request: "/orders/48213", status: "found", fields: { status: "shipped" }, cached: false });
    expect(lookups[1]!.details).toMatchObject({ request: "/orders/48213", cached: true });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).tags).toContain("order-shipped");
  });

  it("in a backtest reads the result the live run kept, and calls nothing", async () => {
    const before = calls.length;
    const other = await postTicket(jsonRequest("http://test/api/webhooks/tickets", { source: ticketSource, externalId: uniqueId("l"), subject: "Hi", body: "No number here", customer: { externalId: uniqueId("c") } }));
    const { ticket: unrecorded } = (await other.json()) as { ticket: { id: string } };
    unrecordedId = unrecorded.id;
    await eventually("the second run to complete", () => prisma.flowRun.findFirst({ where: { ticketId: unrecorded.id, status: "completed" } }));
    // Its live run skipped the lookup (no order number) and kept that: drop it, as for a ticket that never ran live.
    await prisma.lookupResult.deleteMany({ where: { ticketId: unrecorded.id } });
    const tickets = await loadHistoricalTickets(prisma, [liveTicketId, unrecorded.id], { lookupSources: lookupSourcesOf([plan]) });
    const model = memoryAiSource(() => {
      throw new Error("a lookup is not a model request");
    });
    const [recorded, none] = tickets.map((t) => replayTicket(plan, t, model));
    expect(recorded?.kind === "done" && recorded.state.trace.filter((e) => e.nodeType === "lookup").map((e) => [e.decision, e.details?.["request"]])).toEqual([
      ["found", "/orders/48213"],
      ["found", "/orders/48213"],
    ]);
    expect(none?.kind === "done" && none.state.trace.find((e) => e.nodeId === "a")?.decision).toBe("not recorded");
    expect(calls.length).toBe(before);
  });

  it("in a stored backtest run is answered the same way, and the run says how many tickets had no recorded result", async () => {
    const before = calls.length;
    const ports = backtestPorts(prisma, createAiProvider(prisma, "keyword"));
    const started = await startBacktest(
      ports,
      { flowId, candidate: { kind: "version", versionId }, baseline: { kind: "history" }, selection: { sources: [ticketSource], seed: 1 }, runner: "in-process" },
      "ops",
      { wait: true },
    );
    expect(started.total).toBe(2);
    const view = await getBacktestView(prisma, started.id);
    expect(view?.status).toBe("completed");
    expect(view?.caveats.find((c) => c.kind === "lookup-not-recorded")?.message).toMatch(new RegExp(`^1 ticket had no recorded lookup result for ${source}\\. `));
    const hits = (await prisma.backtestRun.findUniqueOrThrow({ where: { id: started.id } })).result as { candidate: { nodeHits: Record<string, Record<string, { sample: string[] }>> } };
    expect(hits.candidate.nodeHits["a"]?.["found"]?.sample).toEqual([liveTicketId]);
    expect(hits.candidate.nodeHits["a"]?.["not recorded"]?.sample).toEqual([unrecordedId]);
    expect(calls.length).toBe(before);
  });
});
