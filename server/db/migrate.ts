import "server-only";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

// What `prisma migrate deploy` prints once it has finished (the CLI prints its result only after the work is done).
const DONE = /All migrations have been successfully applied|No pending migrations to apply/;

/**
 * Applies the committed migrations in prisma/migrations to `url` with the project's own Prisma CLI
 * (`prisma migrate deploy`, JS schema engine via prisma.config.ts: no network, no native engine). Idempotent.
 * Output is captured and only shown when it fails.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const cliPackage = require.resolve("prisma/package.json");
  const cli = path.join(path.dirname(cliPackage), (require(cliPackage) as { bin: { prisma: string } }).bin.prisma);

  const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
    cwd: repoRoot, // where prisma.config.ts is
    // No update check or telemetry ping: they would only wait on the network.
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5 * 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      // The WASM schema engine leaves a 10 s advisory-lock timer running after it is done, so the CLI only exits
      // 10 s later. Its success message means the migrations are committed: stop waiting (and stop it; the session
      // advisory lock goes with its connection).
      if (DONE.test(output)) {
        clearTimeout(timer);
        child.kill("SIGTERM");
        resolve();
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (err) => reject(err));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 || DONE.test(output)) return resolve();
      reject(new Error(`prisma migrate deploy failed (${redactUrl(url)}; exit ${code ?? signal}):\n${output.trim()}`));
    });
  });
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}
