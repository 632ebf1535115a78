import { describe, expect, it, vi } from "vitest";
import { checkDatabase } from "./check-database";

describe("checkDatabase", () => {
  it("says the database is down without the database's own words, which go to the log", async () => {
    const log = vi.fn();
    const failing = { $queryRaw: () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.7:5432 for user studio_admin")) };
    const status = await checkDatabase(() => failing as never, log);
    expect(status).toEqual({ ok: false, db: "down" });
    expect(JSON.stringify(status)).not.toMatch(/ECONNREFUSED|studio_admin/);
    expect(log.mock.calls[0]?.[0]).toMatch(/ECONNREFUSED 10\.0\.0\.7/);
  });

  it("says up when SELECT 1 answers", async () => {
    const status = await checkDatabase(() => ({ $queryRaw: () => Promise.resolve([{ "?column?": 1 }]) }) as never, vi.fn());
    expect(status).toMatchObject({ ok: true, db: "up" });
  });
});
