import path from "node:path";
import { spawnPrefixed, type ManagedChild } from "./children";
import { log, type Supervisor } from "./supervisor";
import { whyBuild } from "./web-build";

const bin = (root: string, name: string) => path.join(root, "node_modules", ".bin", name);

/**
 * `next build` when the production build is missing or older than the sources, run as a child that a
 * Ctrl-C stops like any other part. Skipped in dev mode, where `next dev` compiles on demand.
 */
export async function buildIfStale(root: string, env: NodeJS.ProcessEnv, supervisor: Supervisor): Promise<void> {
  const reason = whyBuild(root);
  if (!reason) {
    log("web: the production build in .next is current, skipping `next build`");
    return;
  }
  log(`web: running \`next build\` because ${reason}; this takes a few minutes`);
  const build = spawnPrefixed("build", bin(root, "next"), ["build"], { cwd: root, env });
  supervisor.onStop("next build", build.stop);
  const how = await build.exited;
  if (supervisor.isStopping) return;
  if (how !== "exited with code 0") throw new Error(`next build ${how}; see the [build] lines above`);
}

/** The address the web app listens on: loopback unless HOST says otherwise (0.0.0.0 for every interface). */
export function listenHost(env: Record<string, string | undefined> = process.env): string {
  return env.HOST?.trim() || "127.0.0.1";
}

/** Where this machine reaches the web app: loopback when it listens on every interface, else the address itself. */
export function webUrlFor(host: string, port: number): string {
  if (host === "0.0.0.0" || host === "::" || host === "localhost") return `http://127.0.0.1:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

export function startWeb(
  root: string,
  o: { port: number; host: string; dev: boolean; env: NodeJS.ProcessEnv; onUnexpectedExit: (reason: string) => void },
): ManagedChild {
  const args = [o.dev ? "dev" : "start", "--port", String(o.port), "--hostname", o.host];
  return spawnPrefixed("web", bin(root, "next"), args, { cwd: root, env: o.env, onUnexpectedExit: o.onUnexpectedExit });
}

/** Polls /api/health until the app answers at all (even 503: then it runs but the database is down). */
export async function waitForWeb(url: string, timeoutMs: number, gaveUp: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gaveUp()) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(30_000) });
      if (response.status < 500 || response.status === 503) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return false;
}
