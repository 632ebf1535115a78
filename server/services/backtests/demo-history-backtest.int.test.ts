import { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { generateDemoHistory } from "../../../prisma/seed/demo-history/generate-demo-history";
import { hasDemoData } from "../../../prisma/seed/demo-history/load-texts";
import { sharedDataDir } from "../../../prisma/seed/seed-workspace";
import { uniqueId } from "../../../tests/integration/helpers";
import { importTickets } from "../history-import/import-tickets";
import { ensureQueues, flowWithTwoVersions } from "./backtest-test-kit";
import { getBacktestView, listChangedTickets, ruleMatches } from "./backtest-view";
import { startBacktest, type TStartBacktest } from "./start-backtest";
import { backtestPorts } from "../../../tests/backtest-ports";

/*
 * The demo history (20,000 tickets, generated from the public texts exactly as the seed does, for a fixed `now`)
 * under a source of its own, replayed through two versions of a routing flow:
 *
 * Version A (v1):  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end
 *                                         └false─▶ to-general ─▶ end
 * Version B (v2):  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                                  └false─▶ is-enterprise ─true─▶ to-enterprise ─▶ end
 *                                                        └false─▶ to-general ─▶ end
 *
 * Every expected count comes from SQL over the imported tickets, written independently of the backtester.
 */
const prisma = getPrisma();
const dataDir = sharedDataDir();
const source = uniqueId("demo-backtest");
const NOW = new Date("2026-11-28T15:37:42Z");
const ai = createAiProvider(prisma, "keyword");
let flow: { flowId: string; a: string; b: string };

async function count(condition: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Ticket" t JOIN "Customer" c ON c.id = t."customerId" LEFT JOIN "Queue" q ON q.id = t."queueId"
    WHERE t.source = ${source} AND ${condition}`;
  return row!.n;
}

const selection = { sources: [source], seed: 1 };
const versions = (candidate: string, baseline: TStartBacktest["baseline"]): TStartBacktest => ({
  flowId: flow.flowId,
  candidate: { kind: "version", versionId: candidate },
  baseline,
  selection,
  runner: "in-process",
});

describe.skipIf(!hasDemoData(dataDir))("a backtest of the demo history with two versions", () => {
  beforeAll(async () => {
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    const { tickets } = generateDemoHistory({ dataDir, now: NOW });
    function* items() {
      let record = 0;
      for (const ticket of tickets) yield { ok: true as const, position: { record: ++record }, ticket };
    }
    const imported = await importTickets(prisma, items(), { source });
    expect(imported).toMatchObject({ imported: 20_000, rejected: 0 });
    flow = await flowWithTwoVersions(prisma, uniqueId("Demo backtest"));
  }, 300_000);

  it("B vs A changes exactly the chat tickets, and routing accuracy moves by the counts SQL gives", async () => {
    const chat = await count(Prisma.sql`t.channel = 'chat'`);
    const enterpriseNotChat = await count(Prisma.sql`t.channel <> 'chat' AND c.enterprise`);
    const aRoutesRight = await count(Prisma.sql`q.name = CASE WHEN c.enterprise THEN 'enterprise' ELSE 'general' END`);
    const bRoutesRight = await count(
      Prisma.sql`q.name = CASE WHEN t.channel = 'chat' THEN 'technical' WHEN c.enterprise THEN 'enterprise' ELSE 'general' END`,
    );
    const withQueue = await count(Prisma.sql`t."queueId" IS NOT NULL`);
    // The history must make the comparison meaningful, or the test proves nothing.
    expect(chat).toBeGreaterThan(1_000);
    expect(enterpriseNotChat).toBeGreaterThan(100);
    expect(aRoutesRight).toBeGreaterThan(bRoutesRight);

    const run = await startBacktest(backtestPorts(prisma, ai), versions(flow.b, { kind: "version", versionId: flow.a }), "test", { wait: true });
    expect(run.total).toBe(20_000);
    const result = (await getBacktestView(prisma, run.id))!.result!;
    expect(result.changedCount).toBe(chat);
    expect(result.candidate.tickets).toBe(20_000);
    expect(result.candidate.routing).toMatchObject({ compared: withQueue, correct: bRoutesRight });
    expect(result.baseline.routing).toMatchObject({ compared: withQueue, correct: aRoutesRight });
    expect(result.deltas.find((d) => d.key === "routingAccuracy")!.delta).toBeCloseTo((bRoutesRight - aRoutesRight) / withQueue, 12);
    expect(result.deltas.find((d) => d.key === "routedRate")).toMatchObject({ candidate: 1, baseline: 1, delta: 0 });
    expect((await ruleMatches(prisma, run.id, "is-chat", "true")).count).toBe(chat);
    expect((await ruleMatches(prisma, run.id, "is-enterprise", "true")).count).toBe(enterpriseNotChat);

    const changed = await listChangedTickets(prisma, run.id);
    expect(changed).toHaveLength(chat);
    expect(changed.every((c) => c.candidate.queue === "technical" && c.baseline.queue !== "technical")).toBe(true);
    const enterpriseChat = await count(Prisma.sql`t.channel = 'chat' AND c.enterprise`);
    expect(changed.filter((c) => c.baseline.queue === "enterprise")).toHaveLength(enterpriseChat);
  }, 300_000);

  it("A vs the history as it happened: changed where the team escalated or used another queue", async () => {
    // The history's outcome is "routed" when not escalated and somebody worked on it; A routes every ticket.
    const expected = await count(Prisma.sql`NOT (
      NOT t.escalated
      AND NOT (t."resolvedAt" IS NOT NULL AND t."firstResponseAt" IS NULL AND COALESCE(t."handleTimeSec", 0) = 0)
      AND q.name IS NOT NULL
      AND q.name = CASE WHEN c.enterprise THEN 'enterprise' ELSE 'general' END
    )`);
    const escalated = await count(Prisma.sql`t.escalated`);
    expect(escalated).toBeGreaterThan(100);

    const run = await startBacktest(backtestPorts(prisma, ai), versions(flow.a, { kind: "history" }), "test", { wait: true });
    const result = (await getBacktestView(prisma, run.id))!.result!;
    expect(result.changedCount).toBe(expected);
    expect(result.baseline.outcomes.escalated).toBe(escalated);
    expect(result.candidate.outcomes.routed).toBe(20_000);
    expect(result.deltas.find((d) => d.key === "escalationRate")).toMatchObject({ candidate: 0, baseline: escalated / 20_000 });
  }, 300_000);
});
