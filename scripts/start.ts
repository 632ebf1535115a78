/**
 * `npm start` (and `npm run dev` with --dev): brings up every part of the studio on this machine, in order,
 * and stops them in reverse order on Ctrl-C. Everything that can be checked is checked first, so a start that
 * cannot succeed writes nothing. Each step reuses what is configured (DATABASE_URL, TEMPORAL_ADDRESS) or
 * already running for this data dir, and starts an embedded one otherwise.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase } from "../server/db/embedded-postgres";
import { migrateDatabase } from "../server/db/migrate";
import { ensureWebhookSecret } from "../server/auth/webhook-secret";
import { dataDir as defaultDataDir } from "../server/env";
import { SERVER_CONDITIONS } from "../server/lib/node-flags";
import { temporalBacktestRunner } from "../temporal/backtest-starter";
import { closeTemporalClient } from "../temporal/client";
import { ensureTemporal } from "../temporal/dev-server";
import { stopProcessGroup } from "../temporal/launcher/process-group";
import { spawnPrefixed } from "./start/children";
import { stopDatabase } from "./start/database";
import { preflight } from "./start/preflight";
import { prepareWorkspace } from "./start/seed";
import { printSummary } from "./start/summary";
import { log, Supervisor } from "./start/supervisor";
import { buildIfStale, listenHost, startWeb, waitForWeb, webUrlFor } from "./start/web";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(supervisor: Supervisor): Promise<void> {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const host = listenHost();
  const dataDir = defaultDataDir();
  const unexpected = (reason: string) => void supervisor.shutdown(1, `${reason} unexpectedly; stopping the rest`);

  log(`data dir ${dataDir}`);
  const checked = await preflight({ root, dataDir, port, host });
  if (checked.problems.length > 0) {
    const list = checked.problems.map((problem, i) => `  ${i + 1}. ${problem}`).join("\n");
    await supervisor.shutdown(1, `the studio cannot start yet, and nothing was written. Fix this and run it again:\n${list}`);
    return;
  }

  log("database: starting or connecting");
  const db = await ensureDatabase({ dataDir });
  supervisor.onStop("database", () => stopDatabase(db, dataDir));
  log("database: applying migrations");
  await migrateDatabase(db.url);

  log("temporal: starting or connecting");
  const plan = checked.temporal;
  const temporal = await ensureTemporal({ dataDir, cli: plan?.kind === "start" ? plan.cli : undefined });
  supervisor.onStop("temporal", temporal.stop);
  log(`temporal: ${temporal.how}`);

  // The generic ticket webhooks refuse every request without a signing secret, so a fresh data dir gets one.
  const webhookSecret = ensureWebhookSecret(dataDir);
  // Everything the children need to find the parts started above. Next's telemetry stays off in every mode.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STUDIO_DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: temporal.namespace,
    PORT: String(port),
    STUDIO_WEBHOOK_SECRET: webhookSecret.secret,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  process.env.TEMPORAL_ADDRESS = temporal.address; // for resuming backtests on Temporal from here
  const { firstAdmin } = await prepareWorkspace({
    databaseUrl: db.url,
    dataDir,
    resumeBacktestsOn: temporalBacktestRunner(),
    onTrainingSpawn: (child) => supervisor.onStop("intent-model training", () => stopProcessGroup(child, 10_000)),
  });
  await closeTemporalClient();
  if (supervisor.isStopping) return;

  if (!dev) await buildIfStale(root, env, supervisor);
  if (supervisor.isStopping) return;

  const worker = spawnPrefixed("worker", path.join(root, "node_modules", ".bin", "tsx"), [...SERVER_CONDITIONS, "temporal/worker.ts"], {
    cwd: root,
    env,
    onUnexpectedExit: unexpected,
  });
  supervisor.onStop("worker", worker.stop);
  const web = startWeb(root, { port, host, dev, env, onUnexpectedExit: unexpected });
  supervisor.onStop("web", web.stop);

  const webUrl = webUrlFor(host, port);
  const webReady = await waitForWeb(webUrl, 180_000, () => supervisor.isStopping);
  if (supervisor.isStopping) return;
  printSummary({ dataDir, databaseUrl: db.url, embeddedDatabase: db.embedded, temporal, webUrl, webReady, dev, firstAdmin, webhookSecretAt: webhookSecret.where, host });
}

const supervisor = new Supervisor();
supervisor.installSignalHandlers();
main(supervisor).catch((error: unknown) => {
  void supervisor.shutdown(1, `start-up failed: ${error instanceof Error ? error.message : String(error)}`);
});
