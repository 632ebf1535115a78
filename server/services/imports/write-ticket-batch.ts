import type { Prisma, PrismaClient } from "@prisma/client";
import type { TImportTicket } from "../../connectors/import-record";
import { importHashOf } from "./import-hash";

type Tx = Prisma.TransactionClient;

/**
 * One batch in one transaction: customers, then queues, then tickets, then the messages of the tickets that
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
  return prisma.$transaction(
    async (tx) => {
      const customerIds = await upsertCustomers(tx, source, tickets);
      await ensureQueues(tx, tickets, queueIds);
      const written = await upsertTickets(tx, source, tickets, customerIds, queueIds);
      await upsertMessages(tx, tickets, written);
      let inserted = 0;
      for (const row of written.values()) if (row.inserted) inserted++;
      return { inserted, updated: written.size - inserted };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function upsertCustomers(tx: Tx, source: string, tickets: TImportTicket[]): Promise<Map<string, string>> {
  // One row per customer: ON CONFLICT DO UPDATE may not touch a row twice in one statement. Later tickets win.
  const byId = new Map<string, TImportTicket["customer"]>();
  for (const t of tickets) byId.set(t.customer.externalId, { ...byId.get(t.customer.externalId), ...definedOnly(t.customer), externalId: t.customer.externalId });
  const rows = [...byId.values()].map((c) => ({
    externalId: c.externalId,
    email: c.email ?? null,
    name: c.name ?? null,
    plan: c.plan ?? null,
    enterprise: c.enterprise ?? null,
  }));
  const json = JSON.stringify(rows);
  const recordType = `"externalId" text, email text, name text, plan text, enterprise boolean`;
  // Update first, then insert the rest: a field the file leaves empty must keep what an earlier import set.
  const updated = await tx.$queryRawUnsafe<Array<{ id: string; externalId: string }>>(
    `UPDATE "Customer" c SET email = COALESCE(r.email, c.email), name = COALESCE(r.name, c.name),
       plan = COALESCE(r.plan, c.plan), enterprise = COALESCE(r.enterprise, c.enterprise)
     FROM json_to_recordset($2::json) AS r(${recordType})
     WHERE c.source = $1 AND c."externalId" = r."externalId"
     RETURNING c.id, c."externalId"`,
    source,
    json,
  );
  const inserted = await tx.$queryRawUnsafe<Array<{ id: string; externalId: string }>>(
    `INSERT INTO "Customer" (id, source, "externalId", email, name, plan, enterprise)
     SELECT gen_random_uuid()::text, $1, r."externalId", r.email, r.name, COALESCE(r.plan, 'standard'), COALESCE(r.enterprise, false)
     FROM json_to_recordset($2::json) AS r(${recordType})
     ON CONFLICT (source, "externalId") DO NOTHING
     RETURNING id, "externalId"`,
    source,
    json,
  );
  const result = [...updated, ...inserted];
  if (result.length < rows.length) {
    // Inserted meanwhile by a concurrent import: read their ids.
    const known = new Set(result.map((r) => r.externalId));
    const missing = rows.filter((r) => !known.has(r.externalId)).map((r) => r.externalId);
    result.push(
      ...(await tx.$queryRawUnsafe<Array<{ id: string; externalId: string }>>(
        `SELECT id, "externalId" FROM "Customer" WHERE source = $1 AND "externalId" IN (SELECT value FROM json_array_elements_text($2::json))`,
        source,
        JSON.stringify(missing),
      )),
    );
  }
  return new Map(result.map((r) => [r.externalId, r.id]));
}

async function ensureQueues(tx: Tx, tickets: TImportTicket[], queueIds: Map<string, string>): Promise<void> {
  const missing = [...new Set(tickets.map((t) => t.queue).filter((q): q is string => !!q && !queueIds.has(q)))];
  if (missing.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Queue" (id, name, skills) SELECT gen_random_uuid()::text, value, '{}' FROM json_array_elements_text($1::json)
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
  const rows = tickets.map((t) => ({
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
     SELECT gen_random_uuid()::text, $1, ${selected}, now()
     FROM json_to_recordset($2::json) AS r(${recordType})
     ON CONFLICT (source, "externalId") DO UPDATE SET ${updates}, "updatedAt" = now()
       WHERE "Ticket"."importHash" IS DISTINCT FROM EXCLUDED."importHash"
     RETURNING id, "externalId", (xmax = 0) AS inserted`,
    source,
    JSON.stringify(rows),
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
     SELECT gen_random_uuid()::text, r."ticketId", r."externalId", r.author::"MessageAuthor", r."authorName", r.body, r.internal, r."createdAt"
     FROM json_to_recordset($1::json) AS r("ticketId" text, "externalId" text, author text, "authorName" text, body text, internal boolean, "createdAt" timestamp(3))
     ON CONFLICT ("ticketId", "externalId") DO UPDATE SET
       author = EXCLUDED.author, "authorName" = EXCLUDED."authorName", body = EXCLUDED.body,
       internal = EXCLUDED.internal, "createdAt" = EXCLUDED."createdAt"`,
    JSON.stringify(rows),
  );
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
