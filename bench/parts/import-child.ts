import { chmodSync, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { ensureDatabase } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate";
import { sampleRows } from "./sample-texts";

/**
 * The import benchmark, in its own process so its peak RSS is the importer's alone: writes a CSV of N tickets
 * (real Banking77 texts, generated metadata), then imports it with the same code as `studio import` into a
 * fresh embedded PostgreSQL, and prints { tickets, seconds, ticketsPerSecond, peakRssMb, ... } as JSON.
 */
const COLUMNS = {
  externalId: "id",
  createdAt: "created_at",
  subject: "subject",
  body: "description",
  customerEmail: "requester_email",
  customerId: "requester_id",
  category: "category",
  queue: "group",
  status: "status",
  priority: "priority",
  firstResponseAt: "first_response_at",
  resolvedAt: "solved_at",
  handleTimeSec: "handle_time_sec",
  csat: "csat",
  agentReply: "agent_reply",
  tags: "tags",
};

const count = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "studio-bench-import-"));
// As root, the embedded PostgreSQL runs as `postgres`, which must be able to enter this dir.
chmodSync(dir, 0o755);
const file = path.join(dir, "tickets.csv");
const db = await ensureDatabase({ dataDir: dir });
try {
  await writeCsv(file, count);
  await migrateDatabase(db.url);
  process.env.DATABASE_URL = db.url;
  const { getPrisma, disconnectPrisma } = await import("../../server/db");
  const { createImportJob, runImportJob } = await import("../../server/services/history-import/import-jobs");
  const prisma = getPrisma();
  const rssBefore = process.resourceUsage().maxRSS;
  const job = await createImportJob(prisma, { format: "csv", fileName: "tickets.csv", filePath: file, fileBytes: statSync(file).size, actor: "bench" });
  const started = performance.now();
  const done = await runImportJob(prisma, job.id, { mapping: { columns: COLUMNS, delimiter: ",", tagSeparator: "," } });
  const seconds = (performance.now() - started) / 1000;
  const stored = await prisma.ticket.count();
  await disconnectPrisma();
  if (done.status !== "completed" || done.imported !== count || stored !== count) {
    throw new Error(`import bench: expected ${count} imported tickets, got job ${done.status} (${done.imported}, error ${done.error}) and ${stored} rows`);
  }
  const result = {
    tickets: count,
    fileMb: Math.round(statSync(file).size / 1024 ** 2),
    seconds: Math.round(seconds * 100) / 100,
    ticketsPerSecond: Math.round(count / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeImportMb: Math.round(rssBefore / 1024),
    messages: count * 2,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}


async function writeCsv(target: string, n: number): Promise<void> {
  const rows = sampleRows(10_000);
  const out = createWriteStream(target);
  const base = Date.UTC(2026, 8, 1);
  out.write("id,created_at,subject,description,requester_email,requester_id,category,group,status,priority,first_response_at,solved_at,handle_time_sec,csat,agent_reply,tags\n");
  for (let i = 0; i < n; i++) {
    const row = rows[i % rows.length]!;
    const created = base + i * 37_000;
    const cells = [
      `B-${i + 1}`,
      new Date(created).toISOString(),
      row.text.slice(0, 60),
      row.text,
      `customer${i % 20_000}@example.com`,
      `c${i % 20_000}`,
      row.category,
      `queue-${i % 9}`,
      i % 5 === 0 ? "open" : "closed",
      i % 10 === 0 ? "high" : "normal",
      new Date(created + 1_800_000).toISOString(),
      new Date(created + 7_200_000).toISOString(),
      String(300 + (i % 900)),
      i % 3 === 0 ? String(1 + (i % 5)) : "",
      `Hi, thanks for contacting us about ${row.category.replace(/_/g, " ")}. Reference ${i}.`,
      "history,bench",
    ];
    if (!out.write(`${cells.map(csvCell).join(",")}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
