import type { Command } from "commander";
import { loadTexts } from "../../prisma/seed/demo-history/load-texts";
import { sharedDataDir } from "../../prisma/seed/seed-workspace";
import { findWebhookSecret, webhookSecretFile } from "../../server/auth/webhook-secret";
import { dataDir } from "../../server/env";
import { helpdeskGateway } from "../../server/services/connections/helpdesk-gateway";
import { outboxDispatcher } from "../../server/services/outbox/outbox-dispatcher";
import { outboxHandlers } from "../../server/services/outbox/outbox-handlers";
import { ServiceError } from "../../server/services/lib/service-error";
import { liveFlowForSimulation } from "../../server/services/simulate/live-flow-check";
import { runSimulation, type SimulationReport } from "../../server/services/simulate/run-simulation";
import { webhookClient } from "../../server/services/simulate/webhook-client";
import { temporalFlowStarter } from "../../temporal/flow-starter";
import { withStudio } from "../composition";

interface SimulateFlags {
  rate: string;
  minutes: string;
  seed: string;
  url: string;
  pickUpAfter: string;
  live?: string;
}

/**
 * `studio simulate --rate 2/s --minutes 10`: customers write in through the running studio's webhook (real texts from
 * the shared data), follow up, ask for a person or come back, rate the help; agents answer what the flow hands
 * them, from its Tier 2 drafts where it offers one, and rate some AI answers. Needs `npm start` running.
 */
export function registerSimulateCommand(program: Command): void {
  program
    .command("simulate")
    .description("Play customers and agents through the running studio's live path, so dashboards show live figures")
    .option("--rate <n/s|n/m>", "new customers per second (2/s) or per minute (30/m)", "2/s")
    .option("--minutes <n>", "how long customers keep arriving", "10")
    .option("--seed <n>", "the seed that picks texts and behaviour", "1")
    .option("--url <url>", "the running studio", `http://127.0.0.1:${process.env.PORT ?? 3000}`)
    .option("--pick-up-after <seconds>", "how long a handed-off ticket waits for an agent", "8")
    .option("--live <flow name>", "make this flow live first (e.g. \"Tiered support\"), as a publisher would")
    .action(async (flags: SimulateFlags) => {
      process.exitCode = await simulate(flags);
    });
}

export function parseRate(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\/(s|m)$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) / (m[2] === "m" ? 60 : 1);
  return n > 0 && n <= 500 ? n : null;
}

async function simulate(flags: SimulateFlags): Promise<number> {
  const rate = parseRate(flags.rate);
  const minutes = Number(flags.minutes);
  if (rate === null) return usage(`--rate ${flags.rate}: give customers per second or per minute, e.g. 2/s or 30/m (at most 500/s)`);
  if (!(minutes > 0 && minutes <= 24 * 60)) return usage(`--minutes ${flags.minutes}: give a number of minutes from 0.1 to 1440`);
  const health = await fetch(new URL("/api/health", flags.url), { signal: AbortSignal.timeout(5000) }).catch(() => null);
  if (health === null || !health.ok) {
    process.stderr.write(`No studio answers at ${flags.url}: start it with \`npm start\` (or give --url).\n`);
    return 1;
  }
  // The secret `npm start` made for this data dir (or STUDIO_WEBHOOK_SECRET): the webhooks refuse unsigned requests.
  const webhookSecret = findWebhookSecret(dataDir());
  if (webhookSecret === null) {
    process.stderr.write(`No webhook signing secret: set STUDIO_WEBHOOK_SECRET to the studio's, or run this with the STUDIO_DATA_DIR \`npm start\` uses (it keeps one in ${webhookSecretFile(dataDir())}).\n`);
    return 1;
  }
  const texts = loadTexts(sharedDataDir());
  return withStudio(async ({ prisma }) => {
    const live = await liveFlowForSimulation(prisma, flags.live).catch((err: unknown) => (err instanceof ServiceError ? err.message : Promise.reject(err)));
    if (typeof live === "string") return usage(live);
    if (live === null) {
      process.stderr.write("No flow is live, so new tickets would not run: make one live in the studio, or pass --live \"Tiered support\".\n");
      return 1;
    }
    process.stderr.write(`Live flow: ${live.name} (v${live.versionNumber}).\n`);
    if (!live.resolves) process.stderr.write(`"${live.name}" never resolves a ticket, so nothing will be automated: pass --live "Tiered support" to see automation and Tier 2 drafts.\n`);
    const outbox = outboxDispatcher({ prisma, handlers: outboxHandlers({ flowStarter: temporalFlowStarter() }) });
    outbox.startSweep();
    try {
      const ports = { prisma, client: webhookClient(flags.url, webhookSecret.secret), outbox, helpdesk: helpdeskGateway(prisma), sleep, now: Date.now };
      process.stderr.write(`Simulating ${flags.rate} customers for ${minutes} min against ${flags.url}…\n`);
      let shown = 0;
      const report = await runSimulation(ports, texts, { ratePerSecond: rate, minutes, seed: Number(flags.seed) || 1, pickUpAfterMs: Number(flags.pickUpAfter) * 1000 }, (r) => {
        if (r.customers + r.failed - shown >= 20) {
          shown = r.customers + r.failed;
          process.stderr.write(`${line(r)}\n`);
        }
      });
      process.stdout.write(`${line(report)}\n`);
      if (report.firstError) process.stderr.write(`First failure: ${report.firstError}\n`);
      return report.customers === 0 ? 1 : 0;
    } finally {
      await outbox.stop();
    }
  });
}

function line(r: SimulationReport): string {
  return `${r.customers} customers (${r.answeredByAi} answered by the AI, ${r.askedForPerson} asked for a person, ${r.cameBack} came back, ${r.ratings} rated); agents: ${r.agentReplies} replies (${r.agentRepliesFromDraft} from AI drafts), ${r.feedbackGiven} AI answers rated${r.failed > 0 ? `; ${r.failed} failed` : ""}`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
