import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { seedKnowledge } from "../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { createAiProvider } from "../../server/services/ai/create-ai-provider";
import { runCliBacktest } from "../../server/services/backtests/backtest-cli-run";
import { createTicket } from "../../server/services/tickets/create-ticket";
import { ticketWorkflowId } from "../../server/services/tickets/flow-starter";
import { refreshMetrics } from "../../server/services/metrics/refresh-metrics";
import { rollupSums } from "../../server/services/metrics/rollup-sums";
import { summarize } from "../../workflows/metrics";
import { recordingStarter } from "./recording-starter";
import { testOutbox } from "./test-outbox";
import { eventually, passwordResetByWords, publishLive, startInProcessWorker, uniqueId } from "./helpers";

/**
 * "Automation +6 points" in a backtest must mean what the dashboard means. Tickets run live on a published version
 * (some resolved by the flow's AI answer, some handed to people), the rollup is refreshed, and a backtest of the
 * same version over the same tickets must count the same automated tickets out of the same total.
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
  await seedKnowledge(prisma);
  worker = await startInProcessWorker();
});

afterAll(async () => {
  await worker?.stop();
});

const TEXTS = [
  { subject: "Reset", body: "How do I reset my password? I forgot it" },
  { subject: "Forgot password", body: "I forgot my password and need to reset it" },
  { subject: "Card not here", body: "My new card still hasn't arrived, it has been two weeks" },
  { subject: "Refund", body: "I was charged twice for the same purchase and I want a refund" },
  { subject: "Locked out", body: "I am locked out and cannot log in, this is urgent" },
];

describe("a backtest and the dashboard agree", () => {
  it("counts the same automation rate for the same tickets and version", async () => {
    const graph = passwordResetByWords();
    const versionId = await publishLive(prisma, uniqueId("Agreement"), graph);
    const starter = recordingStarter();
    const outbox = testOutbox(prisma, starter);
    const source = uniqueId("agreement");
    const ids: string[] = [];
    for (const text of TEXTS) {
      const created = await createTicket(prisma, outbox, {
        source,
        externalId: uniqueId("t"),
        ...text,
        channel: "email",
        priority: "normal",
        tags: [],
        customer: { externalId: uniqueId("c"), name: "Agreement" },
      });
      ids.push(created.ticket.id);
    }
    await eventually("every live run to finish or rest", async () => {
      await outbox.drain();
      const runs = await prisma.flowRun.findMany({ where: { workflowId: { in: ids.map(ticketWorkflowId) } } });
      return runs.length === ids.length && runs.every((r) => r.status === "completed" || r.status === "waiting") ? runs : null;
    });
    await refreshMetrics(prisma);

    const today = new Date().toISOString().slice(0, 10);
    const [dashboard] = await rollupSums(prisma, { from: "2000-01-01", to: today, origin: "live", versionId });
    const summary = summarize(dashboard!.sums);
    const backtest = await runCliBacktest({ prisma, ai: createAiProvider(prisma) }, { flow: versionId, selection: { sources: [source], seed: 1 } });

    expect(summary.tickets).toBe(ids.length);
    expect(backtest.tickets).toBe(ids.length);
    // The scenario must have both kinds, or agreement would be trivial.
    expect(summary.automation.numerator).toBeGreaterThan(0);
    expect(summary.automation.numerator).toBeLessThan(ids.length);
    expect(backtest.candidate.metrics.outcomes.automated).toBe(summary.automation.numerator);
    expect(backtest.candidate.metrics.automationRate).toBeCloseTo(summary.automation.rate!, 10);
  });
});
