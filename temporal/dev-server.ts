import { mkdirSync } from "node:fs";
import path from "node:path";
import { dataDir as defaultDataDir, TEMPORAL_NAMESPACE } from "../server/env";
import { findTemporalCli, installHint, type FoundCli } from "./launcher/find-cli";
import { pickPort } from "./launcher/ports";
import { isAlive } from "../server/lib/process-owner";
import { startCliServer, type RunningCliServer } from "./launcher/spawn-cli";
import { clearRecord, liveRecord, readCmdline, stateFilePath, writeRecord } from "./launcher/state-file";
import { waitUntilAnswers } from "./launcher/wait-ready";

/**
 * The local Temporal for `npm start`, the CLI and the integration tests: TEMPORAL_ADDRESS when set,
 * else the dev server already running for this data dir, else a new `temporal server start-dev` whose
 * SQLite file lives under `${dataDir}/temporal/` (so a restart loses no workflow).
 */
export interface TemporalHandle {
  address: string;
  namespace: string;
  /** True only when this call started a server; stop() is a no-op otherwise. */
  started: boolean;
  /** One sentence on where the server came from, for the start-up summary. */
  how: string;
  uiUrl?: string;
  logFile?: string;
  stop(): Promise<void>;
}

export interface EnsureTemporalOptions {
  dataDir?: string;
  /** Serve the Web UI (default true); tests turn it off. */
  ui?: boolean;
  readyTimeoutMs?: number;
  /** The CLI a caller already found (the start's checks), so it is not searched for twice. */
  cli?: FoundCli;
}

const PREFERRED_PORT = 7233;
const PREFERRED_UI_PORT = 8233;

export async function ensureTemporal(opts: EnsureTemporalOptions = {}): Promise<TemporalHandle> {
  const namespace = TEMPORAL_NAMESPACE;
  const external = process.env.TEMPORAL_ADDRESS;
  if (external) {
    return { address: external, namespace, started: false, how: "TEMPORAL_ADDRESS is set; nothing started", stop: noop };
  }
  const readyTimeoutMs = opts.readyTimeoutMs ?? 90_000;
  const temporalDir = path.join(path.resolve(opts.dataDir ?? defaultDataDir()), "temporal");
  mkdirSync(temporalDir, { recursive: true });

  const reused = await reuseRunning(temporalDir, namespace, readyTimeoutMs);
  if (reused) return reused;

  const dbFile = path.join(temporalDir, "temporal.sqlite");
  const logFile = path.join(temporalDir, "dev-server.log");
  const tried: string[] = [];
  const cli = opts.cli ?? (await findTemporalCli(tried));
  if (cli) {
    const server = await startWithFreePorts(opts.ui ?? true, (port, uiPort) =>
      startCliServer({ cli: cli.path, dbFile, logFile, port, uiPort, namespace, readyTimeoutMs }),
    );
    const uiUrl = server.uiPort ? `http://127.0.0.1:${server.uiPort}` : undefined;
    const version = cli.version.split("\n")[0];
    const how = `started \`temporal server start-dev\` from ${cli.source} (${cli.path}, ${version}); state in ${dbFile}`;
    const pid = server.child.pid!;
    writeRecord(temporalDir, { address: server.address, namespace, uiUrl, pid, cmdline: readCmdline(pid), how, startedAt: new Date().toISOString() });
    return handle({ address: server.address, namespace, started: true, how, uiUrl, logFile }, async () => {
      await server.stop();
      clearRecord(temporalDir, pid);
    });
  }

  // No fallback that downloads a server: by the house rule, nothing fetches binaries at run time.
  throw new Error(`Could not start a Temporal dev server. Tried:\n  - ${tried.join("\n  - ")}\n${await installHint()}`);
}

/** A dev server recorded for this data dir whose process is alive: wait for it (it may be starting) and use it. */
async function reuseRunning(temporalDir: string, namespace: string, timeoutMs: number): Promise<TemporalHandle | undefined> {
  const record = liveRecord(temporalDir);
  if (!record) return undefined;
  try {
    await waitUntilAnswers(record.address, namespace, timeoutMs, () =>
      isAlive(record.pid) ? undefined : `its process ${record.pid} exited`,
    );
  } catch (error) {
    throw new Error(
      `A Temporal dev server for this data dir is recorded in ${stateFilePath(temporalDir)} (pid ${record.pid}, ` +
        `${record.address}) but it does not answer: ${(error as Error).message}. Stop that process or delete the file.`,
    );
  }
  const how = `reused the dev server already running for this data dir (pid ${record.pid}, since ${record.startedAt})`;
  return { address: record.address, namespace, started: false, how, uiUrl: record.uiUrl, stop: noop };
}

/** Prefer 7233/8233; if another process grabs a port between our check and the server's bind, try new ones. */
async function startWithFreePorts(
  ui: boolean,
  start: (port: number, uiPort?: number) => Promise<RunningCliServer>,
): Promise<RunningCliServer & { uiPort?: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await pickPort(PREFERRED_PORT);
    const uiPort = ui ? await pickPort(PREFERRED_UI_PORT, [port]) : undefined;
    try {
      return { ...(await start(port, uiPort)), uiPort };
    } catch (error) {
      if (attempt >= 3 || !/address already in use/i.test((error as Error).message)) throw error;
    }
  }
}

function handle(fields: Omit<TemporalHandle, "stop">, stopOnce: () => Promise<void>): TemporalHandle {
  let stopping: Promise<void> | undefined;
  return { ...fields, stop: () => (stopping ??= stopOnce()) };
}

async function noop(): Promise<void> {}
