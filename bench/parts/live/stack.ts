import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { findWebhookSecret } from "../../../server/auth/webhook-secret";
import { ensureDatabase } from "../../../server/db/embedded-postgres";
import { SERVER_CONDITIONS } from "../../../server/lib/node-flags";
import { randomFreePort } from "../../../temporal/launcher/ports";
import { readRecord } from "../../../temporal/launcher/state-file";
import { descendantsOf, readProc } from "./proc";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** start's summary line: "is up", or "is starting" when its own wait for the web app ran out first. */
const READY = /^Flow studio is (up|starting)/;
const STOP_GRACE_MS = 120_000;

export interface Stack {
  dataDir: string;
  webUrl: string;
  databaseUrl: string;
  temporal: { address: string; namespace: string };
  /** What the webhook is signed with: STUDIO_WEBHOOK_SECRET, or the one start kept in the data dir. */
  webhookSecret: string;
  /** The `npm start` process; every part of the stack descends from it. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * `npm start` on a fresh data dir and a free port, as a child in its own process group, with nothing external
 * configured (its own PostgreSQL and Temporal dev server, the local AI provider, no Slack). Resolves once the web
 * app answers; the seed and first-model training are start's own. Its output goes to stderr, prefixed, so the
 * bench's JSON on stdout stays clean.
 */
export async function startStack(o: { startTimeoutMs: number; keepDataDir: boolean; attach?: string }): Promise<Stack> {
  if (o.attach !== undefined) return attachStack(o.attach);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "studio-bench-live-"));
  // As root the embedded PostgreSQL runs as the `postgres` user, which must be able to enter the dir.
  chmodSync(dataDir, 0o755);
  // Loopback, as the web app binds it by default.
  const port = await randomFreePort("127.0.0.1");
  const env: NodeJS.ProcessEnv = { ...process.env, STUDIO_DATA_DIR: dataDir, PORT: String(port), AI_PROVIDER: "local" };
  for (const key of ["DATABASE_URL", "TEMPORAL_ADDRESS", "TEMPORAL_NAMESPACE", "TEMPORAL_TASK_QUEUE", "SLACK_WEBHOOK_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "HOST"]) delete env[key];
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [...SERVER_CONDITIONS, "scripts/start.ts"], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () => stopStack(child, dataDir, o.keepDataDir);
  try {
    const deadline = Date.now() + o.startTimeoutMs;
    await waitForReady(child, o.startTimeoutMs);
    await waitForHealth(`http://127.0.0.1:${port}`, deadline);
    const temporal = readRecord(path.join(dataDir, "temporal"));
    if (!temporal) throw new Error(`live bench: no Temporal dev server recorded in ${dataDir}/temporal`);
    return {
      dataDir,
      webUrl: `http://127.0.0.1:${port}`,
      databaseUrl: await runningDatabaseUrl(dataDir),
      temporal: { address: temporal.address, namespace: temporal.namespace },
      webhookSecret: stackWebhookSecret(dataDir, env),
      pid: child.pid!,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A stack already running (`dir,port,pid` of an `npm start`), for measuring change after change without a build and
 * a model training each time. It is left running.
 */
async function attachStack(spec: string): Promise<Stack> {
  const [dataDir, port, pid] = spec.split(",");
  const temporal = readRecord(path.join(dataDir!, "temporal"));
  if (!temporal || !port || !pid) throw new Error(`live bench: BENCH_LIVE_ATTACH must be "dir,port,pid" of a running npm start`);
  await waitForHealth(`http://127.0.0.1:${port}`, Date.now() + 60_000);
  return {
    dataDir: dataDir!,
    webUrl: `http://127.0.0.1:${port}`,
    databaseUrl: await runningDatabaseUrl(dataDir!),
    temporal: { address: temporal.address, namespace: temporal.namespace },
    webhookSecret: stackWebhookSecret(dataDir!, process.env),
    pid: Number(pid),
    stop: async () => {},
  };
}

function stackWebhookSecret(dataDir: string, env: Record<string, string | undefined>): string {
  const found = findWebhookSecret(dataDir, env);
  if (!found) throw new Error(`live bench: no webhook secret in STUDIO_WEBHOOK_SECRET nor in ${dataDir}; npm start makes one there`);
  return found.secret;
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`live bench: the stack did not come up within ${timeoutMs / 1000} s`)), timeoutMs);
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(new Error(`live bench: \`npm start\` exited (${signal ?? code}) before the stack was up; see the [stack] lines`));
    };
    child.once("exit", onExit);
    for (const stream of [child.stdout!, child.stderr!]) {
      readline.createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => {
        process.stderr.write(`[stack] ${line}\n`);
        if (READY.test(line)) {
          clearTimeout(timer);
          child.off("exit", onExit);
          resolve();
        }
      });
    }
  });
}

async function waitForHealth(webUrl: string, deadline: number): Promise<void> {
  for (;;) {
    const status = await fetch(`${webUrl}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`live bench: ${webUrl}/api/health did not answer 200 in time (last: ${status || "no answer"})`);
    await sleep(1_000);
  }
}

/** The stack's own database URL: the embedded server now running on the data dir (found, not started). */
async function runningDatabaseUrl(dataDir: string): Promise<string> {
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    return (await ensureDatabase({ dataDir })).url;
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
  }
}

/**
 * A Ctrl-C, as a terminal would send it to the start's process group: start stops its parts in reverse order.
 * Whatever of the tree is still alive after the grace is killed, so no stray server outlives the bench.
 */
async function stopStack(child: ChildProcess, dataDir: string, keepDataDir: boolean): Promise<void> {
  const pid = child.pid;
  if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const tree = descendantsOf(pid);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    signal(-pid, "SIGINT");
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_GRACE_MS)))]);
    clearTimeout(timer); // a pending grace timer would keep the bench from exiting
    if (!inTime) process.stderr.write(`[live] the stack did not stop within ${STOP_GRACE_MS / 1000} s; killing what is left\n`);
    // Only processes that are still the ones seen before the stop: a pid may have been reused since.
    for (const left of [...tree, ...descendantsOf(pid)]) if (readProc(left.pid)?.cmdline === left.cmdline) signal(left.pid, "SIGKILL");
    if (!inTime) signal(-pid, "SIGKILL");
  }
  if (!keepDataDir) rmSync(dataDir, { recursive: true, force: true });
  else process.stderr.write(`[live] data dir kept: ${dataDir}\n`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
