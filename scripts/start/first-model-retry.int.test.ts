import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toImportItem } from "../../lib/history-import/import-record";
import { ensureDatabase, type Database } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate";
import { NODE_TSX_ARGS, SERVER_CONDITIONS } from "../../server/lib/node-flags";
import { isAlive, parseOwner } from "../../server/lib/process-owner";
import { signalGroup } from "../../temporal/launcher/process-group";
import { importTickets } from "../../server/services/history-import/import-tickets";
import { recoverInterruptedJobs } from "../../server/services/jobs/recover-interrupted-jobs";
import { isHeldOut } from "../../server/services/intent-models/held-out-split";
import { eventually } from "../../tests/integration/helpers";
import { trainFirstModel } from "./train-first-model";

/**
 * A first start is cut off while its intent model trains in the background (the start and its training child are
 * SIGKILLed, as when a terminal closes or a machine stops). The next start's own steps find the row its dead
 * process left "training", mark it failed as interrupted, and train again. Runs on a database of its own (a
 * private embedded PostgreSQL), because "is there a trained model yet?" is a question about the whole workspace.
 */
let dataDir: string;
let db: Database;
let prisma: PrismaClient;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "studio-retrain-"));
  chmodSync(dataDir, 0o755);
  // Always a private embedded server, also in CI's DATABASE_URL pass.
  db = await withEnv({ DATABASE_URL: undefined }, () => ensureDatabase({ dataDir }));
  await migrateDatabase(db.url);
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  await importTickets(prisma, labelledTickets().map((t, i) => toImportItem({ record: i + 1 }, t)), { source: "demo" });
});

afterAll(async () => {
  for (const child of children) if (child.pid && child.exitCode === null) signalGroup(child.pid, "SIGKILL");
  await prisma?.$disconnect();
  if (db) await stopDatabase();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a training cut off with its start", () => {
  it("is marked failed (interrupted) by the next start, which trains again", async () => {
    // The first start: its training child claims the row, then the start and the child die at once.
    const firstStart = spawnFirstStart();
    const rowId = await firstLine(firstStart, /^STARTED (\S+)/);
    const claimed = await eventually("the training child to claim its row", async () => {
      const row = await prisma.intentModel.findUnique({ where: { id: rowId } });
      const owner = row?.owner ? parseOwner(row.owner) : undefined;
      return owner && owner.pid !== firstStart.pid ? { row: row!, pid: owner.pid } : null;
    }, 60_000);
    signalGroup(firstStart.pid!, "SIGKILL");
    await eventually("the training child to be gone", async () => !isAlive(claimed.pid));
    expect(await prisma.intentModel.findUnique({ where: { id: rowId } })).toMatchObject({ status: "training", version: 1 });

    // The next start: what scripts/start/seed.ts runs, in the same order.
    const recovered = await recoverInterruptedJobs(prisma);
    expect(recovered).toEqual(["intent model v1: its training process had stopped; marked failed (interrupted)"]);
    expect(await prisma.intentModel.findUnique({ where: { id: rowId } })).toMatchObject({
      status: "failed",
      error: expect.stringContaining("stopped before it finished"),
      interruptedAt: expect.any(Date),
    });

    let retry: ChildProcess | undefined;
    await withDatabaseUrl(db.url, () => trainFirstModel(prisma, 1, (child) => children.push((retry = child))));
    expect(retry).toBeDefined();
    const second = await eventually("the second training to finish", async () => {
      const row = await prisma.intentModel.findFirst({ where: { version: 2 } });
      return row && row.status !== "training" ? row : null;
    }, 170_000);
    // Every ticket but the held-out ones, which are kept for comparing versions.
    const trainable = (await prisma.ticket.findMany({ select: { id: true } })).filter((t) => !isHeldOut(t.id)).length;
    expect(trainable).toBeLessThan(600);
    expect(second).toMatchObject({ status: "ready", active: true, author: "system (first start)", trainedOn: trainable });

    // Once a model has trained, later starts leave training alone.
    let third = false;
    await withDatabaseUrl(db.url, () => trainFirstModel(prisma, 1, () => (third = true)));
    expect(third).toBe(false);
  }, 300_000);

  it("records a stop by signal itself, and is then retried", async () => {
    await prisma.intentModel.updateMany({ data: { status: "failed", active: false } }); // nothing trained yet
    await prisma.intentModel.updateMany({ data: { interruptedAt: new Date() } });
    let child: ChildProcess | undefined;
    await withDatabaseUrl(db.url, () => trainFirstModel(prisma, 1, (c) => children.push((child = c))));
    const row = await eventually("the child to claim its row", async () => {
      const latest = await prisma.intentModel.findFirst({ orderBy: { version: "desc" } });
      return latest?.owner && parseOwner(latest.owner)?.pid === child!.pid ? latest : null;
    }, 60_000);
    child!.kill("SIGTERM");
    const stopped = await eventually("the row to say it was stopped", async () => {
      const r = await prisma.intentModel.findUnique({ where: { id: row.id } });
      return r?.status === "failed" ? r : null;
    });
    expect(stopped).toMatchObject({ error: "The training was stopped (SIGTERM) before it finished", interruptedAt: expect.any(Date) });
    expect(await recoverInterruptedJobs(prisma)).toEqual([]); // nothing left for the next start to mark
  }, 120_000);

  it("ends in one line, not a stack trace, when the database goes away under it", async () => {
    const row = await prisma.intentModel.create({ data: { version: 99, author: "test" } });
    const child = spawn(process.execPath, [...NODE_TSX_ARGS, "scripts/train-intent-model.ts", row.id], {
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await eventually("the child to claim its row", async () => {
      const r = await prisma.intentModel.findUnique({ where: { id: row.id } });
      return r?.owner && parseOwner(r.owner)?.pid === child.pid;
    }, 60_000);
    // Held still while the database stops, so it cannot finish first; it meets the missing server when it resumes.
    child.kill("SIGSTOP");
    await prisma.$disconnect();
    await stopDatabase();
    child.kill("SIGCONT");
    expect(await exited).toBe(1);
    expect(output).toMatch(/\[train\] the database went away \(.+\); this training stops, and the next start trains again/);
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
  }, 120_000);
});

let databaseStopped = false;
async function stopDatabase(): Promise<void> {
  if (databaseStopped) return;
  databaseStopped = true;
  await db.stop();
}

/** 600 labelled tickets in 4 categories whose words do not overlap, so training has something real to learn. */
function labelledTickets() {
  const topics: Record<string, string[]> = {
    card_arrival: ["card", "arrive", "delivery", "post", "envelope", "mail"],
    exchange_rate: ["exchange", "rate", "currency", "euros", "dollars", "convert"],
    change_pin: ["pin", "code", "digits", "change", "reset", "number"],
    refund_request: ["refund", "money", "back", "return", "charge", "merchant"],
  };
  return Object.entries(topics).flatMap(([category, words], c) =>
    Array.from({ length: 150 }, (_, i) => ({
      externalId: `${category}-${i}`,
      subject: words[i % 6]!,
      body: `hello, my ${words[i % 6]} and the ${words[(i + 2) % 6]} issue ${i} with ${words[(i + 3) % 6]} ${words[(i + 5) % 6]}`,
      createdAt: new Date(Date.UTC(2026, 9, 1 + (i % 28), c, i % 60)).toISOString(),
      category,
      customer: { externalId: `c${i}` },
    })),
  );
}

function spawnFirstStart(): ChildProcess {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), [...SERVER_CONDITIONS, "tests/support/first-start-training.ts"], {
    env: { ...process.env, DATABASE_URL: db.url, STUDIO_TRAIN_ON_START: "1" },
    detached: true, // its own process group, with the training child it spawns: one kill takes both
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return child;
}

function firstLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = pattern.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the first start exited (${code}) before starting a training`)));
  });
}

/** The training child inherits this process's environment: point it at the private database while it starts. */
function withDatabaseUrl<T>(url: string, run: () => Promise<T>): Promise<T> {
  return withEnv({ DATABASE_URL: url, STUDIO_TRAIN_ON_START: "1" }, run);
}

async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  try {
    return await run();
  } finally {
    apply(saved);
  }
}
