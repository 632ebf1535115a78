import type { ChildProcess } from "node:child_process";

/**
 * Helpers for children spawned with `detached: true`: each is the leader of its own process group, so a
 * signal to `-pid` reaches it and everything it forked (tsx's inner node, Next's workers), and a Ctrl-C in
 * the terminal does not hit it directly — the launcher decides the order in which things stop.
 */

/** Signal the whole group; falls back to the single pid when it is not a group leader. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Resolves once the child has exited (immediately when it already has). */
export function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * SIGTERM the child's group, wait up to `graceMs` for the child to exit, then SIGKILL the group.
 * Also waits briefly for stragglers in the group, so nothing of it outlives the call.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = waitForExit(child);
  signalGroup(pid, "SIGTERM");
  const inTime = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!inTime) {
    signalGroup(pid, "SIGKILL");
    await exited;
  }
  // Grandchildren may take a moment longer than the leader; give them the rest of the grace, then kill.
  const deadline = Date.now() + 5_000;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
}

/** Whether any process of the group led by pid still exists. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
