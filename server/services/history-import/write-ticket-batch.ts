import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { TImportTicket } from "../../../lib/history-import/import-record";
import { importHashOf } from "./import-hash";
import { batchIdPrefix, rowIdSql } from "./row-ids";
import { upsertCustomers } from "./upsert-customers";

type Tx = Prisma.TransactionClient;

/**
 * One batch in one transaction (after its new queues): customers, then tickets, then the messages of the tickets that
 * were inserted or changed. Each step is a single statement over a JSON parameter (json_to_recordset), which
 * keeps round trips per batch constant; that is what makes a 200,000-ticket import take seconds, not minutes.
 * A batch never holds the same ticket twice (importTickets splits batches there).
 */
export async function writeTicketBatch(
  prisma: PrismaClient,
  source: string,
  tickets: TImportTicket[],
  queueIds: Map<string, string>,
): Promise<{ inserted: number; updated: number }> {
  // Queues first, committed on their own: a concurrent batch may reuse their ids at once, and a foreign key
  // cannot point at a row another transaction has not committed yet.
  await ensureQueues(prisma, tickets, queueIds);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce(prisma, source, tickets, queueIds);
    } catch (error) {
      // Two writers touching the same customers can deadlock; PostgreSQL aborts one, and it simply runs again.
      if (attempt >= MAX_ATTEMPTS || !/deadlock detected/i.test(String(error))) throw error;
    }
  }
}

const MAX_ATTEMPTS = 4;

function writeOnce(prisma: PrismaClient, source: string, tickets: TImportTicket[], queueIds: Map<string, string>): Promise<{ inserted: number; updated: number }> {
  return prisma.$transaction(
    async (tx) => {
      // A crash may lose the last batches' commits, which re-importing restores (imports are idempotent);
      // in exchange no commit waits for the disk.
      await tx.$executeRawUnsafe("SET LOCAL synchronous_commit TO off");
      const customerIds = await upsertCustomers(tx, source, tickets);
      const written = await upsertTickets(tx, source, tickets, customerIds, queueIds);
      await upsertMessages(tx, tickets, written);
      let inserted = 0;
      for (const row of written.values()) if (row.inserted) inserted++;
      return { inserted, updated: written.size - inserted };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function ensureQueues(tx: Tx | PrismaClient, tickets: TImportTicket[], queueIds: Map<string, string>): Promise<void> {
  const missing = [...new Set(tickets.map((t) => t.queue).filter((q): q is string => !!q && !queueIds.has(q)))].sort();
  if (missing.length === 0) return;
  // Two writers may add the same new queues at once: inserted in name order, neither can hold a name the other
  // is waiting for while it waits for one the other holds, so they never deadlock.
  await tx.$executeRawUnsafe(
    `INSERT INTO "Queue" (id, name, skills)
     SELECT gen_random_uuid()::text, value, '{}' FROM json_array_elements_text($1::json) ORDER BY value
     ON CONFLICT (name) DO NOTHING`,
    JSON.stringify(missing),
  );
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; name: string }>>(
    `SELECT id, name FROM "Queue" WHERE name IN (SELECT value FROM json_array_elements_text($1::json))`,
    JSON.stringify(missing),
  );
  for (const r of rows) queueIds.set(r.name, r.id);
}

interface WrittenTicket {
  id: string;
  inserted: boolean;
}

/** Inserts new tickets and updates changed ones; unchanged tickets (same import hash) are not returned. */
async function upsertTickets(
  tx: Tx,
  source: string,
  tickets: TImportTicket[],
  customerIds: Map<string, string>,
  queueIds: Map<string, string>,
): Promise<Map<string, WrittenTicket>> {
  const rows = tickets.map((t, n) => ({
    n,
    externalId: t.externalId,
    customerId: customerIds.get(t.customer.externalId)!,
    subject: t.subject,
    body: t.body,
    channel: t.channel,
    pageUrl: t.pageUrl ?? null,
    language: t.language ?? null,
    status: t.status,
    priority: t.priority,
    queueId: t.queue ? (queueIds.get(t.queue) ?? null) : null,
    assignee: t.assignee ?? null,
    tags: t.tags,
    category: t.category ?? null,
    categorySource: t.category ? "import" : null,
    createdAt: t.createdAt.toISOString(),
    firstResponseAt: t.firstResponseAt?.toISOString() ?? null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    handleTimeSec: t.handleTimeSec ?? null,
    csat: t.csat ?? null,
    reopens: t.reopens,
    agentChanges: t.agentChanges,
    queueChanges: t.queueChanges,
    escalated: t.escalated,
    customFields: Object.keys(t.customFields).length > 0 ? t.customFields : null,
    importHash: importHashOf(t),
  }));
  const columns = TICKET_COLUMNS.map((c) => `"${c.name}"`).join(", ");
  const selected = TICKET_COLUMNS.map((c) => (c.cast ? `r."${c.name}"::${c.cast}` : `r."${c.name}"`)).join(", ");
  const recordType = TICKET_COLUMNS.map((c) => `"${c.name}" ${c.json}`).join(", ");
  const updates = TICKET_COLUMNS.filter((c) => c.name !== "externalId").map((c) => `"${c.name}" = EXCLUDED."${c.name}"`).join(", ");
  const result = await tx.$queryRawUnsafe<Array<{ id: string; externalId: string; inserted: boolean }>>(
    `INSERT INTO "Ticket" (id, source, ${columns}, "updatedAt")
     SELECT ${rowIdSql("$3")}, $1, ${selected}, now()
     FROM json_to_recordset($2::json) AS r(n integer, ${recordType})
     ON CONFLICT (source, "externalId") DO UPDATE SET ${updates}, "updatedAt" = now()
       WHERE "Ticket"."importHash" IS DISTINCT FROM EXCLUDED."importHash"
     RETURNING id, "externalId", (xmax = 0) AS inserted`,
    source,
    JSON.stringify(rows),
    batchIdPrefix(),
  );
  return new Map(result.map((r) => [r.externalId, { id: r.id, inserted: r.inserted }]));
}

const TICKET_COLUMNS: Array<{ name: string; json: string; cast?: string }> = [
  { name: "externalId", json: "text" },
  { name: "customerId", json: "text" },
  { name: "subject", json: "text" },
  { name: "body", json: "text" },
  { name: "channel", json: "text", cast: `"Channel"` },
  { name: "pageUrl", json: "text" },
  { name: "language", json: "text" },
  { name: "status", json: "text", cast: `"TicketStatus"` },
  { name: "priority", json: "text", cast: `"TicketPriority"` },
  { name: "queueId", json: "text" },
  { name: "assignee", json: "text" },
  { name: "tags", json: "text[]" },
  { name: "category", json: "text" },
  { name: "categorySource", json: "text" },
  { name: "createdAt", json: "timestamp(3)" },
  { name: "firstResponseAt", json: "timestamp(3)" },
  { name: "resolvedAt", json: "timestamp(3)" },
  { name: "handleTimeSec", json: "integer" },
  { name: "csat", json: "integer" },
  { name: "reopens", json: "integer" },
  { name: "agentChanges", json: "integer" },
  { name: "queueChanges", json: "integer" },
  { name: "escalated", json: "boolean" },
  { name: "customFields", json: "jsonb" },
  { name: "importHash", json: "text" },
];

async function upsertMessages(tx: Tx, tickets: TImportTicket[], written: Map<string, WrittenTicket>): Promise<void> {
  const rows = tickets.flatMap((t) => {
    const ticket = written.get(t.externalId);
    if (ticket === undefined) return [];
    return t.messages.map((m) => ({
      ticketId: ticket.id,
      externalId: m.externalId,
      author: m.author,
      authorName: m.authorName ?? null,
      body: m.body,
      internal: m.internal,
      createdAt: m.createdAt.toISOString(),
    }));
  });
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Message" (id, "ticketId", "externalId", author, "authorName", body, internal, "createdAt")
     SELECT ${rowIdSql("$2")}, r."ticketId", r."externalId", r.author::"MessageAuthor", r."authorName", r.body, r.internal, r."createdAt"
     FROM json_to_recordset($1::json) AS r(n integer, "ticketId" text, "externalId" text, author text, "authorName" text, body text, internal boolean, "createdAt" timestamp(3))
     ON CONFLICT ("ticketId", "externalId") DO UPDATE SET
       author = EXCLUDED.author, "authorName" = EXCLUDED."authorName", body = EXCLUDED.body,
       internal = EXCLUDED.internal, "createdAt" = EXCLUDED."createdAt"`,
    JSON.stringify(rows.map((row, n) => ({ n, ...row }))),
    batchIdPrefix(),
  );
}
