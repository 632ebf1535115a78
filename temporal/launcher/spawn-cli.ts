import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { logSize, logTail } from "./log-tail";
import { stopProcessGroup } from "./process-group";
import { waitUntilAnswers } from "./wait-ready";

export interface CliServerOptions {
  cli: string;
  dbFile: string;
  logFile: string;
  port: number;
  /** undefined runs it --headless. */
  uiPort?: number;
  namespace: string;
  readyTimeoutMs: number;
}

export interface RunningCliServer {
  child: ChildProcess;
  address: string;
  stop(): Promise<void>;
}

/**
 * Flags, and why:
 * --ip 127.0.0.1: the default "localhost" may resolve to ::1 for one client and 127.0.0.1 for another.
 * --db-filename: persistence, so a restart keeps every workflow.
 * --ui-disable-news-fetch: the UI would otherwise fetch a newsfeed from the internet.
 * --log-format json --log-level warn: one parseable line per event in the log file, no colour codes.
 * --namespace: start-dev always creates "default"; any other TEMPORAL_NAMESPACE must be created at launch.
 * --sqlite-pragma journal_mode=wal, synchronous=normal: every workflow start and task completion is a SQLite
 *   commit; with a write-ahead log synced at checkpoints instead of on each commit, the server spends far less on
 *   them. A crash of the process loses nothing; a power cut can lose the last moments.
 */
function cliArgs(o: CliServerOptions): string[] {
  const args = ["server", "start-dev", "--ip", "127.0.0.1", "--port", String(o.port), "--db-filename", o.dbFile];
  args.push("--sqlite-pragma", "journal_mode=wal", "--sqlite-pragma", "synchronous=normal");
  if (o.uiPort === undefined) args.push("--headless");
  else args.push("--ui-port", String(o.uiPort), "--ui-disable-news-fetch");
  if (o.namespace !== "default") args.push("--namespace", o.namespace);
  args.push("--log-format", "json", "--log-level", "warn", "--color", "never");
  return args;
}

/**
 * Spawns the CLI in its own process group with output going straight to the log file (so it keeps
 * logging, and keeps running, even if the process that started it goes away) and waits until it answers.
 */
export async function startCliServer(o: CliServerOptions): Promise<RunningCliServer> {
  const address = `127.0.0.1:${o.port}`;
  const from = logSize(o.logFile);
  const fd = openSync(o.logFile, "a");
  const args = cliArgs(o);
  writeSync(fd, `\n=== ${new Date().toISOString()} ${o.cli} ${args.join(" ")}\n`);
  let child: ChildProcess;
  try {
    child = spawn(o.cli, args, { detached: true, stdio: ["ignore", fd, fd] });
  } finally {
    closeSync(fd); // the child holds its own copy
  }
  let spawnError: Error | undefined;
  child.once("error", (error) => (spawnError = error));
  const stop = () => stopProcessGroup(child);

  try {
    await waitUntilAnswers(address, o.namespace, o.readyTimeoutMs, () => {
      if (spawnError) return `could not run ${o.cli}: ${spawnError.message}`;
      if (child.exitCode !== null || child.signalCode !== null)
        return `temporal server start-dev exited (${child.exitCode ?? child.signalCode}) before it answered`;
      return undefined;
    });
  } catch (error) {
    await stop();
    throw new Error(
      `${(error as Error).message}.\nCommand: ${o.cli} ${args.join(" ")}\nLog ${o.logFile}, last lines:\n` +
        logTail(o.logFile, from),
    );
  }
  return { child, address, stop };
}
