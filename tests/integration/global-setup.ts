import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate";
import { ensureTemporal } from "../../temporal/dev-server";

/**
 * globalSetup of the `integration` project: one database and one Temporal server for the whole run, on a
 * fresh data dir. DATABASE_URL / TEMPORAL_ADDRESS, when set (CI's second pass uses Debian's PostgreSQL),
 * are used instead of starting embedded ones.
 *
 * Test files see the values two ways: process.env (set here, before Vitest forks its test workers, which
 * inherit it — so getPrisma() and temporal/client.ts just work) and inject("DATABASE_URL") etc.
 */
declare module "vitest" {
  export interface ProvidedContext {
    DATABASE_URL: string;
    TEMPORAL_ADDRESS: string;
    TEMPORAL_NAMESPACE: string;
    STUDIO_DATA_DIR: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "studio-int-"));
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to enter this dir.
  chmodSync(dataDir, 0o755);
  const stops: Array<() => Promise<void>> = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error("[global-setup]", error));
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const db = await ensureDatabase({ dataDir });
    stops.push(db.stop);
    await migrateDatabase(db.url);
    const temporal = await ensureTemporal({ dataDir, ui: false });
    stops.push(temporal.stop);

    const env = {
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: temporal.namespace,
      STUDIO_DATA_DIR: dataDir,
    };
    Object.assign(process.env, env);
    for (const [key, value] of Object.entries(env)) project.provide(key as keyof typeof env, value);
    console.log(
      `[global-setup] database ${db.embedded ? "embedded" : "from DATABASE_URL"}; temporal ${temporal.address} ` +
        `(${temporal.how}); data dir ${dataDir}`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
