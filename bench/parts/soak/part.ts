import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { signalGroup, stopProcessGroup } from "../../../temporal/launcher/process-group";
import { descendantsOf } from "../live/proc";

/** Something that happened to a part, and when (Date.now()). */
export interface PartEvent {
  part: string;
  what: "killed" | "started" | "exited unexpectedly" | "failed to start";
  at: number;
  detail?: string;
}

/**
 * One restartable part of the stack (web, worker, Temporal): `launch` starts a process in its own group and resolves
 * once it is ready. The soak kills it with SIGKILL, as a crash or an OOM kill would, and starts it again. A part
 * that dies on its own is recorded and started again after `downMs`, as a service manager would, so the soak goes on
 * and the report says so.
 */
export class Part {
  life = 0;
  startedAt = 0;
  private child: ChildProcess | undefined;
  private expectingExit = false;
  private stopping = false;
  private restarting: Promise<void> | undefined;

  constructor(
    readonly name: string,
    private readonly launch: () => Promise<ChildProcess>,
    private readonly record: (event: Omit<PartEvent, "part" | "at">) => void,
    private readonly downMs: number,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    const child = await this.launch();
    this.child = child;
    this.life += 1;
    this.startedAt = Date.now();
    this.expectingExit = false;
    this.record({ what: "started", detail: `pid ${child.pid}` });
    child.once("exit", (code, signal) => {
      if (this.expectingExit || this.stopping || this.child !== child) return;
      this.record({ what: "exited unexpectedly", detail: signal ? `killed by ${signal}` : `exit code ${code}` });
      void this.restartUntilUp();
    });
  }

  /** SIGKILL to the whole group; resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    this.expectingExit = true;
    const exited = once(child, "exit");
    signalGroup(child.pid, "SIGKILL");
    await exited;
    this.record({ what: "killed", detail: `SIGKILL to pid ${child.pid} and its group` });
  }

  /** Waits `downMs`, then starts it, again and again until it is up; one restart at a time. */
  restartUntilUp(): Promise<void> {
    this.restarting ??= this.retryStart().finally(() => (this.restarting = undefined));
    return this.restarting;
  }

  private async retryStart(): Promise<void> {
    while (!this.stopping) {
      await sleep(this.downMs);
      if (this.stopping) return;
      try {
        await this.start();
        return;
      } catch (error) {
        this.record({ what: "failed to start", detail: (error as Error).message.split("\n")[0] });
      }
    }
  }

  /** The group's resident memory in MB (the process and everything it forked), or null while it is down. */
  rssMb(): number | null {
    const pid = this.child?.pid;
    if (pid === undefined || this.child!.exitCode !== null || this.child!.signalCode !== null) return null;
    const kb = [pid, ...descendantsOf(pid).map((p) => p.pid)].reduce((sum, p) => sum + rssKb(p), 0);
    return kb > 0 ? Math.round(kb / 102.4) / 10 : null;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child) await stopProcessGroup(this.child, 15_000);
  }
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // gone meanwhile
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
