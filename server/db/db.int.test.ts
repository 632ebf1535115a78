import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoHistory } from "../../prisma/seed/demo-history/generate-demo-history";
import { hasDemoData } from "../../prisma/seed/demo-history/load-texts";
import { DEMO_SOURCE, seedWorkspace, sharedDataDir } from "../../prisma/seed/seed-workspace";
import { disconnectPrisma, getPrisma } from "../db";
import { ensureDatabase, type Database } from "./embedded-postgres";
import { migrateDatabase } from "./migrate";

/**
 * The data layer end to end: a real PostgreSQL (our own embedded server on a fresh data dir, or DATABASE_URL when
 * set, e.g. Debian's PostgreSQL in CI), the committed migrations, the Prisma client over the pg adapter, the seed.
 */
const external = Boolean(process.env.DATABASE_URL);
let dataDir: string | undefined;
let db: Database;

beforeAll(async () => {
  if (!external) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "studio-db-test-"));
    fs.chmodSync(dataDir, 0o755); // as root the server runs as `postgres`, which must enter this dir
    process.env.STUDIO_DATA_DIR = dataDir;
  }
  db = await ensureDatabase({ dataDir });
  await migrateDatabase(db.url);
  await migrateDatabase(db.url); // idempotent
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await disconnectPrisma();
  await db?.stop();
  if (!external) {
    delete process.env.DATABASE_URL;
    delete process.env.STUDIO_DATA_DIR;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("data layer", () => {
  it("stores a customer and a ticket, unique per (source, externalId)", async () => {
    const prisma = getPrisma();
    const id = randomUUID();
    const customer = await prisma.customer.create({ data: { source: "test", externalId: `c-${id}`, name: "Zoë Ünal" } });
    const ticket = await prisma.ticket.create({
      data: { source: "test", externalId: `t-${id}`, customerId: customer.id, subject: "Card?", body: "Where is my card? 💳", tags: ["a", "b"] },
    });
    const read = await prisma.ticket.findUniqueOrThrow({
      where: { source_externalId: { source: "test", externalId: `t-${id}` } },
      include: { customer: true },
    });
    expect(read).toMatchObject({ id: ticket.id, body: "Where is my card? 💳", status: "new", priority: "normal", tags: ["a", "b"] });
    expect(read.customer.name).toBe("Zoë Ünal");

    const duplicate = prisma.ticket.create({
      data: { source: "test", externalId: `t-${id}`, customerId: customer.id, subject: "again", body: "again" },
    });
    await expect(duplicate).rejects.toSatisfy(
      (e) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002",
    );
    // The same externalId from another source is a different ticket.
    await prisma.ticket.create({ data: { source: "test2", externalId: `t-${id}`, customerId: customer.id, subject: "s", body: "b" } });
  });

  it("seeds the demo workspace idempotently", async () => {
    const prisma = getPrisma();
    const now = new Date("2025-06-01T12:00:00Z");
    const first = await seedWorkspace(prisma, { now });
    const second = await seedWorkspace(prisma, { now });
    expect(second).toEqual(first);
    expect(first.queues).toBeGreaterThanOrEqual(11);

    // ../shared/data is beside the repo here and in CI; without it the seed skips the tickets (with a warning).
    const dataDir = sharedDataDir();
    if (!hasDemoData(dataDir)) {
      expect(first.tickets).toBe(0);
      return;
    }
    const history = [...generateDemoHistory({ dataDir, now }).tickets];
    expect(first.tickets).toBe(20_000);
    expect(first.customers).toBe(new Set(history.map((t) => t.customer.externalId)).size);
    const messages = await prisma.message.count({ where: { ticket: { source: DEMO_SOURCE } } });
    expect(messages).toBe(history.reduce((n, t) => n + t.messages.length, 0));
    const sample = await prisma.ticket.findFirstOrThrow({ where: { source: DEMO_SOURCE }, include: { queue: true } });
    expect(sample.body.length).toBeGreaterThan(0);
    expect(sample.category).toBeTruthy();
    expect(sample.queue?.name).toBeTruthy();
  });
});
