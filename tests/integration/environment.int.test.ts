import { Connection } from "@temporalio/client";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";

// The smoke test for tests/integration/global-setup.ts: both services answer, and the values reach test
// workers through process.env (what the code under test reads) as well as inject().
describe("integration environment", () => {
  it("exposes the same settings through process.env and inject()", () => {
    for (const key of ["DATABASE_URL", "TEMPORAL_ADDRESS", "TEMPORAL_NAMESPACE", "STUDIO_DATA_DIR"] as const) {
      expect(inject(key)).toBeTruthy();
      expect(process.env[key]).toBe(inject(key));
    }
  });

  it("reaches PostgreSQL", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ one: number }>("SELECT 1 AS one");
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });

  it("reaches Temporal and its namespace", async () => {
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.serverVersion).toBeTruthy();
      const ns = await connection.workflowService.describeNamespace({ namespace: process.env.TEMPORAL_NAMESPACE });
      expect(ns.namespaceInfo?.name).toBe(process.env.TEMPORAL_NAMESPACE);
    } finally {
      await connection.close();
    }
  });
});
