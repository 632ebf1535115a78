import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { seedExampleFlows } from "../../../prisma/seed/seed-flows";
import { seedKnowledge } from "../../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { BENCH_SOURCE, ticketBodies } from "../live/tickets";
import { makeTieredSupportLive } from "../live/tiered-live";
import { killPlan, soakConfig, type SoakConfig } from "./config";
import { readOutcomes } from "./outcomes";
import type { Part, PartEvent } from "./part";
import { offerSigned, type Offered } from "./sender";
import { startSoakStack, type SoakStack } from "./stack";
import { judgeMemory, MEMORY_FLAT_RULE, memoryFlat, tally, type MemorySample } from "./verdict";

const SETTLE_POLL_MS = 5_000;
const SMOKE_TIMEOUT_MS = 180_000;

/**
 * The live flow ("Tiered support") fed signed tickets at a steady rate for `--soak-minutes` while the worker is
 * SIGKILLed and restarted twice and the Temporal dev server once; then every accepted ticket must have exactly one
 * ticket row and one finished run. Reports what was lost or duplicated and how the web and worker memory moved.
 * Figures only: a missed target is reported, never thrown; only a harness failure (the stack would not start, the
 * first ticket never finished) throws.
 */
export async function benchSoak(config: SoakConfig = soakConfig()): Promise<Record<string, unknown>> {
  const events: PartEvent[] = [];
  let zero = Date.now();
  const stack = await startSoakStack({
    startTimeoutMs: config.startTimeoutSeconds * 1000,
    downMs: config.downSeconds * 1000,
    keepDataDir: config.keepDataDir,
    record: (event) => events.push(event),
  });
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the stack`);
    void stack.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: stack.databaseUrl }) });
  try {
    const flow = await prepare(prisma);
    const body = ticketBodies(randomBytes(4).toString("hex"));
    await smokeTicket(prisma, stack, body);
    log(`"${flow}" is live; soaking at ${config.ratePerSecond} tickets/s for ${config.minutes} min`);
    zero = Date.now();
    return { flow, ...(await soak(prisma, stack, config, events, (i) => body("soak", i), () => zero)) };
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await prisma.$disconnect();
    await stack.stop();
  }
}

/** The seed `npm start` runs (queues, agents, knowledge, example flows) without the demo history, and the flow live. */
async function prepare(prisma: PrismaClient): Promise<string> {
  await seedWorkspace(prisma, { demoHistory: false });
  await seedKnowledge(prisma);
  await seedExampleFlows(prisma);
  return makeTieredSupportLive(prisma);
}

/** One ticket through the whole path before the clock starts: a stack that cannot finish one is a harness error. */
async function smokeTicket(prisma: PrismaClient, stack: SoakStack, body: (phase: string, i: number) => { externalId: string; json: string }): Promise<void> {
  const [offered] = await offerSigned({ url: `${stack.webUrl}/api/webhooks/tickets`, ratePerSecond: 1, seconds: 1, secret: stack.webhookSecret, body: (i) => body("smoke", i) });
  if (offered?.status !== 201) throw new Error(`soak bench: the first ticket was answered ${offered?.status || "nothing"}, not 201; is the webhook signed as the stack expects?`);
  const deadline = Date.now() + SMOKE_TIMEOUT_MS;
  for (;;) {
    const [outcome] = await readOutcomes(prisma, BENCH_SOURCE, [offered]);
    if (outcome && outcome.finishedRuns > 0) return;
    if (Date.now() > deadline) throw new Error(`soak bench: the first ticket's run did not finish within ${SMOKE_TIMEOUT_MS / 1000} s`);
    await sleep(1_000);
  }
}

async function soak(
  prisma: PrismaClient,
  stack: SoakStack,
  config: SoakConfig,
  events: PartEvent[],
  body: (i: number) => { externalId: string; json: string },
  zero: () => number,
): Promise<Record<string, unknown>> {
  const memory = { web: [] as MemorySample[], worker: [] as MemorySample[] };
  // Seconds after the first send (negative: during start-up), beside the wall-clock time.
  const timed = ({ at, ...event }: PartEvent) => ({ ...event, atSeconds: Math.round((at - zero()) / 100) / 10, at: new Date(at).toISOString() });
  const sample = () => {
    for (const part of [stack.web, stack.worker]) {
      const rssMb = part.rssMb();
      if (rssMb !== null) memory[part.name as "web" | "worker"].push({ atSeconds: seconds(zero()), life: part.life, ageSeconds: seconds(part.startedAt), rssMb });
    }
  };
  sample();
  const sampler = setInterval(sample, config.sampleSeconds * 1000);
  try {
    const parts: Record<string, Part> = { worker: stack.worker, temporal: stack.temporal };
    // Its failure is held until the sending is done, so it cannot go unhandled meanwhile.
    const chaos = (async () => {
      for (const kill of killPlan(config.minutes)) {
        await sleep(zero() + kill.atSeconds * 1000 - Date.now());
        await parts[kill.target]!.kill();
        await parts[kill.target]!.restartUntilUp();
      }
    })().then(() => undefined, (error: unknown) => error);
    const offered = await offerSigned({ url: `${stack.webUrl}/api/webhooks/tickets`, ratePerSecond: config.ratePerSecond, seconds: config.minutes * 60, secret: stack.webhookSecret, body });
    const sendingEndedAt = seconds(zero());
    const chaosError = await chaos;
    if (chaosError !== undefined) throw chaosError;
    log(`sent ${offered.length} tickets; waiting up to ${config.settleSeconds} s for their runs to finish`);
    const { outcomes, settled } = await settle(prisma, offered, Date.now() + config.settleSeconds * 1000);
    sample();
    const figures = tally(outcomes);
    const web = judgeMemory(memory.web);
    const worker = judgeMemory(memory.worker);
    return {
      ...figures,
      settled,
      settledAtSeconds: seconds(zero()),
      sendingEndedAtSeconds: sendingEndedAt,
      kills: events.filter((e) => e.what === "killed").map((kill) => ({ ...timed(kill), backAfterSeconds: backAfter(events, kill) })),
      restarts: events.filter((e) => e.what === "started" && e.at >= zero()).map(timed),
      unexpected: events.filter((e) => e.what === "exited unexpectedly" || e.what === "failed to start").map(timed),
      memory: { sampleSeconds: config.sampleSeconds, web, worker, samples: memory },
      verdict: { lost: figures.lost, duplicated: figures.duplicated, memoryFlat: memoryFlat([web, worker]) },
      memoryFlatRule: MEMORY_FLAT_RULE,
      config: { ...config, kills: killPlan(config.minutes) },
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Seconds from a kill until the part was started again (ready), or null when it never was. */
function backAfter(events: readonly PartEvent[], kill: PartEvent): number | null {
  const back = events.find((e) => e.part === kill.part && e.what === "started" && e.at >= kill.at);
  return back ? Math.round((back.at - kill.at) / 100) / 10 : null;
}

/** Polls until every accepted ticket has a finished run, or the deadline; returns the last reading. */
async function settle(prisma: PrismaClient, offered: Offered[], deadline: number): Promise<{ outcomes: Awaited<ReturnType<typeof readOutcomes>>; settled: boolean }> {
  for (;;) {
    const outcomes = await readOutcomes(prisma, BENCH_SOURCE, offered);
    const open = outcomes.filter((o) => o.status === 201 && o.finishedRuns === 0).length;
    if (open === 0) return { outcomes, settled: true };
    if (Date.now() > deadline) return { outcomes, settled: false };
    log(`${open} accepted tickets have no finished run yet`);
    await sleep(SETTLE_POLL_MS);
  }
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function log(line: string): void {
  process.stderr.write(`[soak] ${line}\n`);
}
