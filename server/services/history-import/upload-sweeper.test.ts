import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PARTIAL_SUFFIX, uploadDir } from "./save-upload";
import { uploadSweeper } from "./upload-sweeper";

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A database with no import jobs, or one that is away. */
const prismaWith = (findMany: () => Promise<unknown[]>) => ({ importJob: { findMany, updateMany: async () => ({ count: 0 }) } }) as unknown as PrismaClient;

function abandonedPartial(): string {
  vi.stubEnv("STUDIO_DATA_DIR", mkdtempSync(path.join(os.tmpdir(), "studio-sweeper-")));
  mkdirSync(uploadDir(), { recursive: true });
  const file = path.join(uploadDir(), `left-by-a-crash.csv${PARTIAL_SUFFIX}`);
  writeFileSync(file, "id,subject\n");
  const dayAgo = new Date(Date.now() - 24 * 60 * 60_000);
  utimesSync(file, dayAgo, dayAgo);
  return file;
}

describe("uploadSweeper", () => {
  it("sweeps as soon as it starts, so what a crash left goes at the next start, and says what it removed", async () => {
    const file = abandonedPartial();
    const lines: string[] = [];
    const sweeper = uploadSweeper({ prisma: prismaWith(async () => []), log: (line) => lines.push(line) });
    sweeper.start();
    await vi.waitFor(() => expect(existsSync(file)).toBe(false));
    await sweeper.stop();
    expect(lines).toEqual(["removed 0 expired upload(s), 1 unfinished upload(s) and 0 file(s) no import refers to"]);
  });

  it("keeps running when a sweep fails, and says why it failed", async () => {
    const file = abandonedPartial();
    const lines: string[] = [];
    let calls = 0;
    const sweeper = uploadSweeper({
      prisma: prismaWith(async () => {
        calls++;
        if (calls === 1) throw new Error("Can't reach database server");
        return [];
      }),
      intervalMs: 10,
      log: (line) => lines.push(line),
    });
    sweeper.start();
    await vi.waitFor(() => expect(existsSync(file)).toBe(false));
    await sweeper.stop();
    expect(lines[0]).toBe("sweep failed: Can't reach database server");
  });
});
