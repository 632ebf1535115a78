import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { ensureDatabase } from "../../../server/db/embedded-postgres";
import { migrateDatabase } from "../../../server/db/migrate";
import { TEMPORAL_NAMESPACE } from "../../../server/env";
import { NODE_TSX_ARGS } from "../../../server/lib/node-flags";
import { stopDatabase } from "../../../scripts/start/database";
import { whyBuild } from "../../../scripts/start/web-build";
import { findTemporalCli } from "../../../temporal/launcher/find-cli";
import { randomFreePort } from "../../../temporal/launcher/ports";
import { stopProcessGroup } from "../../../temporal/launcher/process-group";
import { startCliServer } from "../../../temporal/launcher/spawn-cli";
import { Part, type PartEvent } from "./part";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WORKER_READY = "worker polling";

export interface SoakStack {
  dataDir: string;
  webUrl: string;
  databaseUrl: string;
  /** STUDIO_WEBHOOK_SECRET of this stack: the soak signs every webhook with it. */
  webhookSecret: string;
  web: Part;
  worker: Part;
  temporal: Part;
  stop(): Promise<void>;
}

/**
 * The product's parts as `npm start` runs them (embedded PostgreSQL, a Temporal dev server on a SQLite file in the
 * data dir, `next start`, `temporal/worker.ts`), on a fresh data dir and free loopback ports, but each started by the
 * soak itself: `npm start` stops everything when its worker dies, and the soak needs to kill and restart the worker
 * and Temporal on their own. Temporal comes back on the same port and SQLite file, as a real restart would.
 */
export async function startSoakStack(o: { startTimeoutMs: number; downMs: number; keepDataDir: boolean; record: (event: PartEvent) => void }): Promise<SoakStack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "studio-bench-soak-"));
  // As root the embedded PostgreSQL runs as the `postgres` user, which must be able to enter the dir.
  chmodSync(dataDir, 0o755);
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stoppers.splice(0).reverse()) await s().catch((error: unknown) => log(`stopping: ${(error as Error).message}`));
    if (!o.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    else log(`data dir kept: ${dataDir}`);
  };
  const recorder = (part: string) => (event: Omit<PartEvent, "part" | "at">) => {
    log(`${part} ${event.what}${event.detail ? ` (${event.detail})` : ""}`);
    o.record({ part, ...event, at: Date.now() });
  };
  try {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL; // the stack's own embedded server, never one configured for this shell
    const db = await ensureDatabase({ dataDir }).finally(() => saved !== undefined && (process.env.DATABASE_URL = saved));
    stoppers.push(() => stopDatabase(db, dataDir));
    await migrateDatabase(db.url);

    const cli = await findTemporalCli([]);
    if (!cli) throw new Error("soak bench: no Temporal CLI found; `npm run temporal:install` installs it");
    const temporalDir = path.join(dataDir, "temporal");
    mkdirSync(temporalDir, { recursive: true });
    const temporalPort = await randomFreePort();
    const temporalOptions = {
      cli: cli.path,
      dbFile: path.join(temporalDir, "temporal.sqlite"),
      logFile: path.join(temporalDir, "dev-server.log"),
      port: temporalPort,
      namespace: TEMPORAL_NAMESPACE,
      readyTimeoutMs: 90_000,
    };
    const temporal = new Part("temporal", async () => (await startCliServer(temporalOptions)).child, recorder("temporal"), o.downMs);
    await temporal.start();
    stoppers.push(() => temporal.stop());

    const port = await randomFreePort();
    const webhookSecret = randomBytes(32).toString("hex");
    const env = childEnv({ dataDir, databaseUrl: db.url, temporalAddress: `127.0.0.1:${temporalPort}`, port, webhookSecret });
    await buildIfStale(env, o.startTimeoutMs);

    const webUrl = `http://127.0.0.1:${port}`;
    const web = new Part("web", () => launchWeb(env, port, webUrl, o.startTimeoutMs), recorder("web"), o.downMs);
    const worker = new Part("worker", () => launchWorker(env, o.startTimeoutMs), recorder("worker"), o.downMs);
    stoppers.push(() => web.stop(), () => worker.stop());
    await Promise.all([web.start(), worker.start()]);
    return { dataDir, webUrl, databaseUrl: db.url, webhookSecret, web, worker, temporal, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What `npm start` hands its children, with the soak's own secret and nothing external (no Slack, the local AI). */
function childEnv(o: { dataDir: string; databaseUrl: string; temporalAddress: string; port: number; webhookSecret: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STUDIO_DATA_DIR: o.dataDir,
    DATABASE_URL: o.databaseUrl,
    TEMPORAL_ADDRESS: o.temporalAddress,
    TEMPORAL_NAMESPACE,
    PORT: String(o.port),
    NEXT_TELEMETRY_DISABLED: "1",
    AI_PROVIDER: "local",
    STUDIO_WEBHOOK_SECRET: o.webhookSecret,
  };
  for (const key of ["TEMPORAL_TASK_QUEUE", "SLACK_WEBHOOK_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "STUDIO_WEBHOOK_TOKEN"]) delete env[key];
  return env;
}

/** `next start` serves .next: build it first when the sources are newer, as `npm start` does. */
async function buildIfStale(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  const reason = whyBuild(ROOT);
  if (!reason) return;
  log(`running \`next build\` because ${reason}`);
  const child = spawnGroup("build", path.join(ROOT, "node_modules", ".bin", "next"), ["build"], env);
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`soak bench: next build took over ${timeoutMs / 1000} s`)), timeoutMs);
    child.once("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  }).catch(async (error: unknown) => {
    await stopProcessGroup(child);
    throw error;
  });
  if (code !== 0) throw new Error(`soak bench: next build exited with ${code}; see the [build] lines`);
}

async function launchWeb(env: NodeJS.ProcessEnv, port: number, webUrl: string, timeoutMs: number): Promise<ChildProcess> {
  const child = spawnGroup("web", path.join(ROOT, "node_modules", ".bin", "next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], env);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`soak bench: next start exited (${child.exitCode ?? child.signalCode}) before it answered`);
    const status = await fetch(`${webUrl}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0);
    if (status === 200) return child;
    if (Date.now() > deadline) {
      await stopProcessGroup(child);
      throw new Error(`soak bench: ${webUrl}/api/health did not answer 200 in time (last: ${status || "no answer"})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The worker as the crash tests start it: node with tsx's loader, one process; ready once it polls. */
function launchWorker(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ChildProcess> {
  const child = spawnGroup("worker", process.execPath, [...NODE_TSX_ARGS, "temporal/worker.ts"], env, (line) => {
    if (line.includes(WORKER_READY)) ready();
  });
  let ready!: () => void;
  return new Promise<ChildProcess>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`soak bench: the worker did not poll within ${timeoutMs / 1000} s`)), timeoutMs);
    const onExit = (code: number | null, signal: string | null) => fail(new Error(`soak bench: the worker exited (${signal ?? code}) before it polled`));
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      void stopProcessGroup(child).finally(() => reject(error));
    };
    ready = () => {
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve(child);
    };
    child.once("exit", onExit);
  });
}

/** A child in its own process group (a SIGKILL to the group takes what it forked), its lines prefixed on stderr. */
function spawnGroup(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => {
      process.stderr.write(`[${name}] ${line}\n`);
      onLine?.(line);
    });
  }
  return child;
}

function log(line: string): void {
  process.stderr.write(`[soak] ${line}\n`);
}
