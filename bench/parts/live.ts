import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { liveConfig, type LiveBenchConfig } from "./live/config";
import { drainBacklog, runPhase, type PhaseContext, type PhaseResult } from "./live/phase";
import { startStack, type Stack } from "./live/stack";
import { ticketBodies } from "./live/tickets";
import { makeTieredSupportLive, waitForActiveModel } from "./live/tiered-live";

/** Decision p99 a stepped rate must stay under, with nothing lost or left undecided, to count for maxRateUnder2sP99. */
const STEP_P99_MS = 2_000;
/** The activeIntentModelLoader re-checks every 10 s: past that, the worker classifies with the trained model. */
const MODEL_PICKUP_MS = 11_000;

/**
 * The live path end to end, as customers meet it: `npm start` on a fresh data dir (its own PostgreSQL and Temporal
 * dev server, demo history, intent model v1 trained), the "Tiered support" example live, new tickets with real
 * texts offered to the webhook at fixed open-loop rates. Per rate: webhook latency, time until the run's decisions
 * were written, tickets decided per second, lost and duplicated tickets, the Temporal history and activities per
 * ticket, and the CPU each part of the stack used. The stepped rates run first (they stop at the first miss, so
 * they leave the least queued behind) and the overload last. Figures only; the targets are checked here, never in
 * tests.
 */
export async function benchLive(config: LiveBenchConfig = liveConfig()): Promise<Record<string, unknown>> {
  const startedAt = Date.now();
  const stack = await startStack({ startTimeoutMs: config.startTimeoutSeconds * 1000, keepDataDir: config.keepDataDir, attach: config.attach });
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`[live] ${signal}: stopping the stack\n`);
    void stack.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: stack.databaseUrl }) });
  try {
    return await measure(stack, prisma, config, (Date.now() - startedAt) / 1000);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await prisma.$disconnect();
    await stack.stop();
  }
}

async function measure(stack: Stack, prisma: PrismaClient, config: LiveBenchConfig, stackUpSeconds: number): Promise<Record<string, unknown>> {
  const flow = await makeTieredSupportLive(prisma);
  const trainStarted = Date.now();
  const intentModel = await waitForActiveModel(prisma, config.trainTimeoutSeconds * 1000);
  await new Promise((resolve) => setTimeout(resolve, MODEL_PICKUP_MS));
  log(`stack up in ${Math.round(stackUpSeconds)} s, intent model v${intentModel} active after ${Math.round((Date.now() - trainStarted) / 1000)} s more; "${flow}" is live`);

  const ctx: PhaseContext = {
    prisma,
    webUrl: stack.webUrl,
    webhookSecret: stack.webhookSecret,
    temporal: stack.temporal,
    stackPid: stack.pid,
    body: ticketBodies(randomBytes(4).toString("hex")),
    graceMs: config.graceSeconds * 1000,
    historySample: config.historySample,
  };
  const budgetEnds = Date.now() + config.maxSeconds * 1000;
  const skipped: string[] = [];
  const fits = (seconds: number) => Date.now() + (seconds + config.graceSeconds + config.drainSeconds) * 1000 <= budgetEnds;
  const phase = async (name: string, rate: number, seconds: number): Promise<PhaseResult> => {
    const leftQueued = await drainBacklog(prisma, config.drainSeconds * 1000);
    log(`${name}: ${rate}/s for ${seconds} s${leftQueued > 0 ? ` (${leftQueued} runs of earlier phases still deciding)` : ""}`);
    const result = await runPhase(ctx, name, rate, seconds);
    log(`${name}: ${JSON.stringify(headline(result))}`);
    return result;
  };

  // A few tickets before the rates: their times show the cold path (model load, first connections).
  const warmUp = await phase("warm-up", 1, 5);

  const steps: PhaseResult[] = [];
  let maxRateUnder2sP99: number | null = null;
  for (const rate of config.steps) {
    if (!fits(config.stepSeconds)) {
      skipped.push(`step ${rate}/s (time budget)`);
      break;
    }
    const result = await phase(`step-${rate}`, rate, config.stepSeconds);
    steps.push(result);
    if (result.lost > 0 || result.undecidedAtEnd > 0 || result.decisionP99Ms === null || result.decisionP99Ms >= STEP_P99_MS) break;
    maxRateUnder2sP99 = rate;
  }

  const rates: PhaseResult[] = [];
  for (const rate of config.rates) {
    if (!fits(config.seconds)) {
      skipped.push(`rate ${rate}/s (time budget)`);
      continue;
    }
    rates.push(await phase(`rate-${rate}`, rate, config.seconds));
  }

  return {
    flow,
    intentModel,
    stackUpSeconds: Math.round(stackUpSeconds),
    rates: rates.map(flatten),
    maxRateUnder2sP99,
    steps: steps.map((s) => ({ ...headline(s), cpuSeconds: s.details.cpuSeconds })),
    warmUp: { ...headline(warmUp), decisionMaxMs: warmUp.details.decisionMaxMs, webhookMaxMs: warmUp.details.webhookMaxMs },
    targets: targets(rates),
    skipped,
    config,
  };
}

/**
 * The issue's targets: 150 decided/s sustained for a minute with nothing lost or duplicated; at 50/s offered,
 * webhook p99 under 100 ms and decision p99 under 2 s; at most 4 activities per ticket (sampled at the lowest rate).
 */
function targets(rates: PhaseResult[]): Record<string, boolean | null> {
  const at50 = rates.find((r) => r.offeredPerSecond === 50);
  const lowest = rates[0];
  return {
    decided150PerSecondFor60sNoLossNoDup: rates.some(
      (r) => r.decidedPerSecond >= 150 && Number(r.details.seconds) >= 60 && r.lost === 0 && r.duplicated === 0,
    ),
    at50WebhookP99Under100Ms: at50 ? at50.webhookP99Ms !== null && at50.webhookP99Ms < 100 : null,
    at50DecisionP99Under2s: at50 ? at50.decisionP99Ms !== null && at50.decisionP99Ms < 2_000 : null,
    atMost4ActivitiesPerTicket: lowest?.activitiesPerTicket == null ? null : lowest.activitiesPerTicket <= 4,
  };
}

function headline(r: PhaseResult): Omit<PhaseResult, "details"> {
  const { details: _details, ...figures } = r;
  return figures;
}

function flatten(r: PhaseResult): Record<string, unknown> {
  return { ...headline(r), ...r.details };
}

function log(line: string): void {
  process.stderr.write(`[live] ${line}\n`);
}
