import { readdirSync, readFileSync } from "node:fs";

/** One process of the stack as /proc shows it. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  cmdline: string;
  /** utime + stime + cutime + cstime, in clock ticks: own CPU plus that of children it has reaped. */
  ticks: number;
}

/** Linux's USER_HZ; /proc/<pid>/stat counts CPU in these. */
const TICKS_PER_SECOND = 100;

export function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: split after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const num = (field: number) => Number(fields[field - 3]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
    return { pid, ppid: num(4), cmdline, ticks: num(14) + num(15) + num(16) + num(17) };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcs(): ProcInfo[] {
  const procs: ProcInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProc(Number(entry));
    if (info) procs.push(info);
  }
  return procs;
}

/** Every live process below `root` (not root itself). */
export function descendantsOf(root: number): ProcInfo[] {
  const procs = allProcs();
  const children = new Map<number, ProcInfo[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found: ProcInfo[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child.pid);
    }
  };
  walk(root);
  return found;
}

/** Which part of the stack a command line is, or undefined for a helper that belongs to its parent's part. */
export function partOf(cmdline: string): string | undefined {
  if (/temporal\/worker\.ts/.test(cmdline)) return "worker";
  if (/train-intent-model/.test(cmdline)) return "training";
  if (/(^|\/)temporal(\s|$)/.test(cmdline) && /server start-dev/.test(cmdline)) return "temporal";
  if (/^postgres|\/bin\/postgres(\s|$)/.test(cmdline)) return "postgres";
  if (/^next-build|\bnext(\.js)?\s+build\b/.test(cmdline)) return "build";
  if (/next-server|\bnext(\.js)?\s+start\b|node_modules\/\.bin\/next\b/.test(cmdline)) return "web";
  if (/scripts\/start\.ts/.test(cmdline)) return "start";
  return undefined;
}

/** CPU ticks per part of the stack rooted at `root` (each process counted under its own or its nearest labelled ancestor's part). */
export function cpuTicksByPart(root: number): Map<string, number> {
  const self = readProc(root);
  const procs = [...(self ? [self] : []), ...descendantsOf(root)];
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const labelOf = (p: ProcInfo): string => {
    for (let at: ProcInfo | undefined = p; at; at = byPid.get(at.ppid)) {
      const part = partOf(at.cmdline);
      if (part) return part;
    }
    return "other";
  };
  const totals = new Map<string, number>();
  for (const p of procs) totals.set(labelOf(p), (totals.get(labelOf(p)) ?? 0) + p.ticks);
  return totals;
}

/**
 * CPU seconds each part used between two readings. A process that ended in between is counted through its parent
 * (which reaped it, adding its time to the parent's cutime), so the difference stays right.
 */
export function cpuSecondsBetween(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const parts = new Set([...before.keys(), ...after.keys()]);
  const seconds: Record<string, number> = {};
  for (const part of [...parts].sort()) {
    seconds[part] = Math.round(((after.get(part) ?? 0) - (before.get(part) ?? 0)) / TICKS_PER_SECOND * 10) / 10;
  }
  return seconds;
}
