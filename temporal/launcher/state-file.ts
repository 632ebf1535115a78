import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isAlive } from "../../server/lib/process-owner";

/**
 * `${dataDir}/temporal/dev-server.json` records the dev server that owns this data dir, so a second
 * process (a CLI command while `npm start` is up) reuses it instead of opening the same SQLite file twice.
 */
export interface DevServerRecord {
  address: string;
  namespace: string;
  uiUrl?: string;
  /** The process that owns the server: the CLI itself, or the node process hosting the SDK's server. */
  pid: number;
  /** /proc/<pid>/cmdline when it was recorded; a different one later means the pid was reused. */
  cmdline?: string;
  how: string;
  startedAt: string;
}

export function stateFilePath(temporalDir: string): string {
  return path.join(temporalDir, "dev-server.json");
}

export function readCmdline(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return undefined;
  }
}

export function writeRecord(temporalDir: string, record: DevServerRecord): void {
  writeFileSync(stateFilePath(temporalDir), JSON.stringify(record, null, 2) + "\n");
}

/** Remove the record, but only when it still describes `pid` (never someone else's newer record). */
export function clearRecord(temporalDir: string, pid: number): void {
  const current = readRecord(temporalDir);
  if (current && current.pid === pid) rmSync(stateFilePath(temporalDir), { force: true });
}

export function readRecord(temporalDir: string): DevServerRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(stateFilePath(temporalDir), "utf8")) as DevServerRecord;
    return typeof parsed.address === "string" && typeof parsed.pid === "number" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The record when its process is still the one that wrote it; stale records are deleted, unless the caller
 * must not write anything (the start's checks, which run before it may change the data dir).
 */
export function liveRecord(temporalDir: string, o: { removeStale?: boolean } = {}): DevServerRecord | undefined {
  const record = readRecord(temporalDir);
  if (!record) return undefined;
  const cmdline = readCmdline(record.pid);
  const reused = record.cmdline !== undefined && cmdline !== undefined && cmdline !== record.cmdline;
  if (isAlive(record.pid) && !reused) return record;
  if (o.removeStale !== false) rmSync(stateFilePath(temporalDir), { force: true });
  return undefined;
}
