import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "../../db";
import { uniqueId } from "../../../tests/integration/helpers";
import { createImportJob } from "./import-jobs";
import { receiveUpload } from "./receive-upload";
import { PARTIAL_SUFFIX, uploadDir } from "./save-upload";
import { sweepUploads } from "./sweep-uploads";

const prisma = getPrisma();
const DAY_MS = 24 * 60 * 60_000;
const now = new Date("2026-12-07T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

/** Each test gets its own data dir, so the upload folder holds only what the test put there. */
let dataDir = "";
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "studio-uploads-"));
  vi.stubEnv("STUDIO_DATA_DIR", dataDir);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const stream = (...chunks: Array<string | Error>) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) {
        if (chunk instanceof Error) return controller.error(chunk);
        controller.enqueue(new TextEncoder().encode(chunk));
      }
      controller.close();
    },
  });

const upload = (name = "tickets.csv") => ({ format: "csv" as const, fileName: name, actor: "admin@test.local", source: uniqueId("upload-test") });
const uploaded = () => (existsSync(uploadDir()) ? readdirSync(uploadDir()) : []);

/** A file in the upload folder last written at `at`. */
function fileAt(name: string, at: Date, text = "id,subject\n1,Hi\n"): string {
  mkdirSync(uploadDir(), { recursive: true });
  const filePath = path.join(uploadDir(), name);
  writeFileSync(filePath, text);
  utimesSync(filePath, at, at);
  return filePath;
}

async function jobFor(filePath: string, status: "uploaded" | "running" | "completed" = "uploaded") {
  const job = await createImportJob(prisma, { ...upload(path.basename(filePath)), filePath, fileBytes: 16 });
  return status === "uploaded" ? job : prisma.importJob.update({ where: { id: job.id }, data: { status } });
}

describe("receiveUpload", () => {
  it("stores a complete upload under its own name with a job pointing at it", async () => {
    const received = await receiveUpload(prisma, stream("id,subject\n", "1,Hi\n"), upload());
    expect(received.ok).toBe(true);
    if (!received.ok) return;
    expect(received.job.fileBytes).toBe(16);
    expect(uploaded()).toEqual([path.basename(received.job.filePath!)]);
    expect(received.job.filePath!.startsWith(uploadDir())).toBe(true);
  });

  it("refuses an upload over the limit with 413 and a sentence naming the limit, and keeps no file", async () => {
    vi.stubEnv("STUDIO_UPLOAD_LIMIT_MB", "0.001"); // 1,048 bytes
    try {
      const big = await receiveUpload(prisma, stream("x".repeat(600), "x".repeat(600)), upload());
      expect(big).toEqual({ ok: false, status: 413, limitBytes: 1048, error: expect.stringMatching(/^The file is larger than 1 KB, the most one upload may be\./) });
      const declared = await receiveUpload(prisma, stream("x"), { ...upload(), declaredBytes: 5000 });
      expect(declared).toMatchObject({ ok: false, status: 413 });
      expect(uploaded()).toEqual([]);
    } finally {
      vi.stubEnv("STUDIO_UPLOAD_LIMIT_MB", "");
    }
  });

  it("keeps nothing of an upload cut off half way, nor of an empty one, and stores no job for them", async () => {
    const source = uniqueId("cut-off");
    const cut = await receiveUpload(prisma, stream("id,subject\n", new Error("connection reset")), { ...upload(), source });
    expect(cut).toEqual({ ok: false, status: 400, error: "The upload stopped before the whole file arrived, so nothing was kept. Upload the file again." });
    const empty = await receiveUpload(prisma, stream(), { ...upload(), source });
    expect(empty).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/^The file is empty\./) });
    expect(uploaded()).toEqual([]);
    expect(await prisma.importJob.count({ where: { source } })).toBe(0);
  });
});

describe("sweepUploads", () => {
  it("removes uploads past the retention period and tells their jobs the file is gone", async () => {
    const old = await jobFor(fileAt("old.csv", ago(8 * DAY_MS)), "completed");
    const recent = await jobFor(fileAt("recent.csv", ago(2 * DAY_MS)));
    expect(await sweepUploads(prisma, { now, retentionDays: 7 })).toEqual({ expired: 1, partials: 0, orphans: 0 });
    expect(uploaded()).toEqual(["recent.csv"]);
    expect((await prisma.importJob.findUniqueOrThrow({ where: { id: old.id } })).filePath).toBeNull();
    expect((await prisma.importJob.findUniqueOrThrow({ where: { id: recent.id } })).filePath).toBe(recent.filePath);
  });

  it("keeps a recent upload whose own name ends like a partial file", async () => {
    const job = await jobFor(fileAt(`export.csv${PARTIAL_SUFFIX}`, ago(2 * DAY_MS)));
    expect(await sweepUploads(prisma, { now, retentionDays: 7 })).toEqual({ expired: 0, partials: 0, orphans: 0 });
    expect(uploaded()).toEqual([path.basename(job.filePath!)]);
  });

  it("keeps an old upload an import is reading right now", async () => {
    const running = await jobFor(fileAt("running.csv", ago(30 * DAY_MS)), "running");
    expect(await sweepUploads(prisma, { now, retentionDays: 7 })).toEqual({ expired: 0, partials: 0, orphans: 0 });
    expect(uploaded()).toEqual(["running.csv"]);
    expect((await prisma.importJob.findUniqueOrThrow({ where: { id: running.id } })).filePath).toBe(running.filePath);
    // No process runs it: left "running", a later start's recovery would count it among the imports a crash cut off.
    await prisma.importJob.update({ where: { id: running.id }, data: { status: "failed" } });
  });

  it("removes abandoned partials and files no job refers to, but not an upload still arriving", async () => {
    fileAt(`abandoned.csv${PARTIAL_SUFFIX}`, ago(2 * 60 * 60_000));
    fileAt(`arriving.csv${PARTIAL_SUFFIX}`, ago(5_000));
    fileAt("no-job.csv", ago(2 * 60 * 60_000));
    fileAt("just-saved.csv", ago(5_000));
    expect(await sweepUploads(prisma, { now, retentionDays: 7 })).toEqual({ expired: 0, partials: 1, orphans: 1 });
    expect(uploaded().sort()).toEqual([`arriving.csv${PARTIAL_SUFFIX}`, "just-saved.csv"]);
  });

  it("never touches a file outside the upload folder (the CLI imports a person's own file where it lies)", async () => {
    const own = path.join(dataDir, "my-export.csv");
    writeFileSync(own, "id,subject\n1,Hi\n");
    utimesSync(own, ago(90 * DAY_MS), ago(90 * DAY_MS));
    const job = await jobFor(own, "completed");
    await sweepUploads(prisma, { now, retentionDays: 7 });
    expect(existsSync(own)).toBe(true);
    expect((await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).filePath).toBe(own);
  });

  it("clears the path of a job whose upload was removed by other means, so starting it says to upload again", async () => {
    const filePath = fileAt("removed.csv", ago(DAY_MS));
    const job = await jobFor(filePath);
    rmSync(filePath);
    await sweepUploads(prisma, { now, retentionDays: 7 });
    expect((await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).filePath).toBeNull();
  });

  it("answers nothing removed when no upload was ever made", async () => {
    expect(await sweepUploads(prisma, { now })).toEqual({ expired: 0, partials: 0, orphans: 0 });
  });
});
