import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { NODE_TSX_ARGS } from "../../server/lib/node-flags";

/**
 * Real worker processes for the crash tests: each starts `temporal/worker.ts` in its own process group
 * (so SIGKILL takes its children too) and resolves once it polls. `killAll` in afterEach leaves none behind.
 */
export function workerProcesses() {
  const workers: ChildProcess[] = [];

  function start(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [...NODE_TSX_ARGS, "temporal/worker.ts"], { env: process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    workers.push(child);
    let output = "";
    return new Promise((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("worker polling")) resolve(child);
      });
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("exit", (code) => reject(new Error(`worker exited (${code}) before polling:\n${output}`)));
    });
  }

  async function kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    process.kill(-child.pid!, "SIGKILL");
    await exited;
  }

  async function killAll(): Promise<void> {
    for (const w of workers.splice(0)) await kill(w);
  }

  return { start, kill, killAll };
}
