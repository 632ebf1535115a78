import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase, type Database } from "./embedded-postgres";

/**
 * The embedded server itself, always, even when the suite runs against DATABASE_URL (CI's Debian pass):
 * a fresh data dir gets a real server, a second call reuses it, and stop() stops it.
 */
const outer = process.env.DATABASE_URL;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "studio-embedded-test-"));
fs.chmodSync(dataDir, 0o755); // as root the server runs as `postgres`, which must enter this dir
let first: Database | undefined;

afterAll(async () => {
  await first?.stop();
  if (outer !== undefined) process.env.DATABASE_URL = outer;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("starts a real server on a fresh data dir, reuses it from a second call, and stops it", async () => {
    delete process.env.DATABASE_URL;
    first = await ensureDatabase({ dataDir });
    expect(first.embedded).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(true);
    expect(await selectOne(first.url)).toBe(1);

    const again = await ensureDatabase({ dataDir });
    expect(again.url).toBe(first.url);
    await again.stop(); // a no-op: this call did not start the server
    expect(await selectOne(first.url)).toBe(1);

    await first.stop();
    first = undefined;
    expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
  });
});
