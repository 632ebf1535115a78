import "server-only";
import fs from "node:fs/promises";
import { isAlive } from "../lib/process-owner";

/**
 * Runs `fn` while holding an exclusive lock file (created with O_EXCL, holding our pid), so two processes that
 * start at the same moment (e.g. `npm start` and a CLI command) don't both run initdb or start a second server on
 * the same data directory. A lock left by a process that no longer exists is taken over.
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number.parseInt(await fs.readFile(lockPath, "utf8").catch(() => ""), 10);
      // An empty file means its owner died between creating and writing it (or is writing right now: the
      // deadline below gives it time); a dead pid means the lock is stale.
      if (Number.isFinite(owner) && !isAlive(owner)) {
        await fs.rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out waiting for ${lockPath} (held by pid ${owner || "unknown"}). ` +
            `If no other studio process is starting the database, delete that file and retry.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}
