import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postTicket } from "../../app/api/webhooks/tickets/route";
import { POST as postMessage } from "../../app/api/webhooks/tickets/[id]/messages/route";
import { POST as postRating } from "../../app/api/webhooks/tickets/[id]/rating/route";
import { getPrisma } from "../../server/db";
import { seedKnowledge } from "../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { helpdeskGateway } from "../../server/services/connections/helpdesk-gateway";
import { refreshMetrics } from "../../server/services/metrics/refresh-metrics";
import { rollupSums } from "../../server/services/metrics/rollup-sums";
import { runSimulation, SIMULATION_SOURCE } from "../../server/services/simulate/run-simulation";
import type { SimText } from "../../server/services/simulate/customer-plan";
import { webhookClient } from "../../server/services/simulate/webhook-client";
import { TEST_WEBHOOK_SECRET } from "../support/signed-webhook";
import { summarize } from "../../workflows/metrics";
import { passwordResetByWords, publishLive, startInProcessWorker, uniqueId } from "./helpers";
import { recordingStarter } from "./recording-starter";
import { testOutbox } from "./test-outbox";

/**
 * The simulator end to end: customers go in over HTTP through the studio's own webhook route handlers, the flow runs
 * on the real worker, simulated agents answer what it hands over, customers rate, and the rollup shows the run.
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;
let server: http.Server;
let baseUrl = "";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const ROUTES: Array<[RegExp, Handler]> = [
  [/^\/api\/webhooks\/tickets$/, postTicket as Handler],
  [/^\/api\/webhooks\/tickets\/([^/]+)\/messages$/, postMessage],
  [/^\/api\/webhooks\/tickets\/([^/]+)\/rating$/, postRating],
];

beforeAll(async () => {
  // The routes run in this process and check what the client signs against this.
  process.env.STUDIO_WEBHOOK_SECRET ??= TEST_WEBHOOK_SECRET;
  await seedWorkspace(prisma, { demoHistory: false });
  await seedKnowledge(prisma);
  worker = await startInProcessWorker();
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const route = ROUTES.map(([re, h]) => [re.exec(req.url ?? ""), h] as const).find(([m]) => m !== null);
    if (!route) return void res.writeHead(404).end();
    const [match, handler] = route;
    // The signature headers pass through, as a proxy in front of the studio passes them.
    const headers = Object.fromEntries(Object.entries(req.headers).filter((entry): entry is [string, string] => /^(content-type|x-studio-)/.test(entry[0]) && typeof entry[1] === "string"));
    const response = await handler(new Request(`http://local${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }), {
      params: Promise.resolve({ id: decodeURIComponent(match![1] ?? "") }),
    });
    res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await worker?.stop();
});

const TEXTS: SimText[] = [
  { category: "password_reset", text: "How do I reset my password? I forgot it" },
  { category: "password_reset", text: "I forgot my password and need to reset it" },
  { category: "card_arrival", text: "My new card still hasn't arrived, it has been two weeks", response: "Cards arrive within ten working days; I have sent a new one." },
  { category: "refund", text: "I was charged twice for the same purchase and I want a refund", response: "I have refunded the second charge." },
];

describe("studio simulate", () => {
  it("plays customers and agents through the live path and shows up in the rollup", async () => {
    await publishLive(prisma, uniqueId("Simulated"), passwordResetByWords());
    await prisma.ticket.deleteMany({ where: { source: SIMULATION_SOURCE } });
    const outbox = testOutbox(prisma, recordingStarter());
    const ports = { prisma, client: webhookClient(baseUrl, process.env.STUDIO_WEBHOOK_SECRET!), outbox, helpdesk: helpdeskGateway(prisma), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), now: Date.now };
    const report = await runSimulation(ports, TEXTS, { ratePerSecond: 2, minutes: 0.05, seed: 3, pickUpAfterMs: 1500, settleMs: 45_000 });

    expect(report.failed, report.firstError ?? "").toBe(0);
    const tickets = await prisma.ticket.findMany({ where: { source: SIMULATION_SOURCE }, include: { messages: true } });
    expect(report.customers).toBeGreaterThanOrEqual(5);
    expect(tickets.length).toBe(report.customers + report.cameBack);
    expect(report.answeredByAi).toBeGreaterThan(0);
    expect(report.agentReplies).toBeGreaterThan(0);
    // What the report says happened is what the tickets say.
    expect(tickets.filter((t) => t.messages.some((m) => m.author === "agent" && !m.internal)).length).toBe(report.agentReplies);
    expect(tickets.filter((t) => t.csat !== null).length).toBe(report.ratings);
    expect(await prisma.feedback.count({ where: { ticket: { source: SIMULATION_SOURCE } } })).toBe(report.feedbackGiven);

    await refreshMetrics(prisma);
    const today = new Date().toISOString().slice(0, 10);
    const [all] = await rollupSums(prisma, { from: "2000-01-01", to: today, origin: "live" });
    const summary = summarize(all!.sums);
    expect(summary.tickets).toBeGreaterThanOrEqual(tickets.length);
    expect(summary.human.numerator).toBeGreaterThan(0);
  }, 180_000);
});
