import "server-only";
import { readFileSync } from "node:fs";
import os from "node:os";

/**
 * Who runs a long job (a training, an import, an in-process backtest), written on its row as "host:pid:start" (start is "-" where unknown).
 * A later start reads it back to tell a job that is still running from one whose process died: a pid alone is
 * not enough, because pids are reused, so the process's start time (in clock ticks since boot, from
 * /proc/<pid>/stat) is part of the identity where the system has /proc.
 */
export function currentProcessOwner(): string {
  return formatOwner(os.hostname(), process.pid, processStartTicks(process.pid));
}

export type OwnerState = "alive" | "gone" | "unknown";

/**
 * "gone" only when it is certain: the owner ran on this host and its process no longer exists (or the pid now
 * belongs to a newer process). An owner on another host is "unknown": only that host could tell.
 */
export function ownerState(owner: string | null | undefined, host = os.hostname()): OwnerState {
  const parsed = owner ? parseOwner(owner) : undefined;
  if (!parsed) return "unknown";
  if (parsed.host !== host) return "unknown";
  if (!isAlive(parsed.pid)) return "gone";
  if (parsed.startTicks !== undefined) {
    const now = processStartTicks(parsed.pid);
    if (now !== undefined && now !== parsed.startTicks) return "gone";
  }
  return "alive";
}

/**
 * Whether a job row whose process is this owner is left behind: its process is certainly gone, or it records no
 * owner (a row written by a version of the studio that did not record one, so nothing can still be running it).
 */
export function isLeftBehind(owner: string | null): boolean {
  return owner === null || ownerState(owner) === "gone";
}

export function formatOwner(host: string, pid: number, startTicks: number | undefined): string {
  return `${host}:${pid}:${startTicks ?? "-"}`;
}

export function parseOwner(owner: string): { host: string; pid: number; startTicks?: number } | undefined {
  const match = /^(.*):(\d+):(\d+|-)$/.exec(owner);
  if (!match) return undefined;
  return { host: match[1]!, pid: Number(match[2]), startTicks: match[3] === "-" ? undefined : Number(match[3]) };
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user, e.g. `postgres`). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses, so split after its ")". */
function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}
