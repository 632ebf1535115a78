/**
 * `npm start` (and `npm run dev` with --dev): brings up every part of the studio on this machine, in order,
 * and stops them in reverse order on Ctrl-C. Each step reuses what is configured (DATABASE_URL,
 * TEMPORAL_ADDRESS) or already running for this data dir, and starts an embedded one otherwise.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase } from "../server/db/embedded-postgres";
import { migrateDatabase } from "../server/db/migrate";
import { dataDir as defaultDataDir } from "../server/env";
import { ensureTemporal } from "../temporal/dev-server";
import { spawnPrefixed } from "./start/children";
import { stopDatabase } from "./start/database";
import { seed } from "./start/seed";
import { printSummary } from "./start/summary";
import { log, Supervisor } from "./start/supervisor";
import { buildIfStale, checkWebPort, startWeb, waitForWeb } from "./start/web";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(supervisor: Supervisor): Promise<void> {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const dataDir = defaultDataDir();
  const unexpected = (reason: string) => void supervisor.shutdown(1, `${reason} unexpectedly; stopping the rest`);

  log(`data dir ${dataDir}`);
  await checkWebPort(port);

  log("database: starting or connecting");
  const db = await ensureDatabase({ dataDir });
  supervisor.onStop("database", () => stopDatabase(db, dataDir));
  log("database: applying migrations");
  await migrateDatabase(db.url);
  log("database: seeding the workspace");
  const firstAdmin = await seed(db.url);

  log("temporal: starting or connecting");
  const temporal = await ensureTemporal({ dataDir });
  supervisor.onStop("temporal", temporal.stop);
  log(`temporal: ${temporal.how}`);

  // Everything the children need to find the parts started above.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STUDIO_DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: temporal.namespace,
    PORT: String(port),
  };
  if (!dev) await buildIfStale(root, env, supervisor);
  if (supervisor.isStopping) return;

  const worker = spawnPrefixed("worker", path.join(root, "node_modules", ".bin", "tsx"), ["temporal/worker.ts"], {
    cwd: root,
    env,
    onUnexpectedExit: unexpected,
  });
  supervisor.onStop("worker", worker.stop);
  const web = startWeb(root, { port, dev, env, onUnexpectedExit: unexpected });
  supervisor.onStop("web", web.stop);

  const webUrl = `http://127.0.0.1:${port}`;
  const webReady = await waitForWeb(webUrl, 180_000, () => supervisor.isStopping);
  if (supervisor.isStopping) return;
  printSummary({ dataDir, databaseUrl: db.url, embeddedDatabase: db.embedded, temporal, webUrl, webReady, dev, firstAdmin });
}

const supervisor = new Supervisor();
supervisor.installSignalHandlers();
main(supervisor).catch((error: unknown) => {
  void supervisor.shutdown(1, `start-up failed: ${error instanceof Error ? error.message : String(error)}`);
});
