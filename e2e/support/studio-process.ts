import { spawn } from "node:child_process";
import path from "node:path";
import { SERVER_CONDITIONS } from "../../server/lib/node-flags";

export interface StartedStudio {
  /** Resolves with the groups of the first output line that matches, or rejects when the start exits first. */
  waitFor(pattern: RegExp, limitMs: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; output: string }>;
  /** SIGTERM, as Ctrl-C would: the start stops its parts in order and exits. */
  stop(): Promise<{ code: number | null; output: string }>;
}

/** Settings of the surrounding run that would point a fresh studio at the suite's own services. */
const INHERITED_AWAY = ["DATABASE_URL", "TEMPORAL_ADDRESS", "TEMPORAL_CLI_PATH", "STUDIO_ADMIN_EMAIL", "STUDIO_ADMIN_PASSWORD", "STUDIO_E2E_DATA_DIR"];

/** `npm start` as a person runs it (the start script itself, without npm's wrapper), with its output collected. */
export function spawnStart(env: Record<string, string>): StartedStudio {
  const base: Record<string, string | undefined> = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_AWAY.includes(key)));
  const root = process.cwd();
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [...SERVER_CONDITIONS, "scripts/start.ts"], {
    cwd: root,
    env: { ...base, ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => child.once("exit", (code) => resolve({ code, output })));

  return {
    exited,
    waitFor: (pattern, limitMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`gave up waiting for ${pattern} in the start's output:\n${output.slice(-4000)}`)), limitMs);
        const check = () => {
          const match = pattern.exec(output);
          if (match) done(undefined, match);
        };
        const done = (error?: Error, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        void exited.then(() => done(new Error(`the start exited before printing ${pattern}:\n${output.slice(-4000)}`)));
        check();
      }),
    stop: () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
