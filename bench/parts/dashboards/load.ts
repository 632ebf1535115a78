import type { Client } from "pg";

export interface TLoadShape {
  tickets: number;
  /** The last day of the data (UTC), so "the last 12 weeks" hold tickets. */
  lastDay: string;
  days: number;
}

const CUSTOMERS_PER_TICKET = 0.1;
/** The share of the span that is imported history; live tickets follow it, on three flow versions. */
const IMPORTED_SHARE = 0.6;
const REASONS = ["asked-for-human", "frustrated", "keyword", "enterprise"];

/**
 * A workspace of `tickets` tickets in SQL (generate_series), so a million load in well under a minute: about two
 * years of days, 30 categories of skewed volume (tier and queue follow the category), 4 channels, 6 queues, 2
 * helpdesk connections, imported history then live tickets on 3 versions of one flow (a run each, an AI or an agent
 * reply, escalation reasons on some), CSAT on about a fifth. Triggers are off while loading: the rollup is rebuilt
 * afterwards from every ticket anyway.
 */
export async function loadWorkspace(pg: Client, shape: TLoadShape): Promise<{ liveFrom: string; versions: string[] }> {
  const { tickets: n, days } = shape;
  const start = `${shape.lastDay}T00:00:00Z`;
  const customers = Math.max(100, Math.round(n * CUSTOMERS_PER_TICKET));
  const firstMs = Date.parse(start) - (days - 1) * 86_400_000;
  const liveFromMs = firstMs + Math.round(days * IMPORTED_SHARE) * 86_400_000;
  const versionStarts = [0, 90, 180].map((d) => new Date(liveFromMs + d * 86_400_000).toISOString());
  const q = (sql: string, params: unknown[] = []) => pg.query(sql, params);
  await q(`SET session_replication_role = replica`);
  await q(`SELECT setseed(0.42)`);
  await q(`INSERT INTO "Queue" (id, name) SELECT 'bq' || i, 'Queue ' || i FROM generate_series(1, 6) i`);
  await q(`INSERT INTO "Connection" (id, kind, name, settings, "sealedSecrets", "updatedAt")
           VALUES ('bconn1', 'zendesk', 'Zendesk', '{}', '', now()), ('bconn2', 'freshdesk', 'Freshdesk', '{}', '', now())`);
  await q(`INSERT INTO "Flow" (id, name, "draftGraph", "updatedAt") VALUES ('bflow', 'Tiered support', '{}', now())`);
  for (const [i, at] of versionStarts.entries()) {
    await q(`INSERT INTO "FlowVersion" (id, "flowId", number, graph, plan, "contentHash", status, author, "publishedAt", "createdAt")
             VALUES ($1, 'bflow', $2, '{}', '{}', $1, $3, 'bench', $4, $4)`, [`bv${i + 1}`, i + 1, i === 2 ? "published" : "retired", at]);
  }
  await q(`INSERT INTO "Customer" (id, source, "externalId") SELECT 'bc' || i, 'bench', 'c' || i FROM generate_series(1, $1::int) i`, [customers]);
  await q(`CREATE TEMP TABLE gen AS
    SELECT i, imported, created, cat, channel, r3, r4, r5, r6,
      CASE WHEN imported THEN (CASE WHEN r3 < 0.3 THEN 'auto' WHEN r3 < 0.92 THEN 'human' ELSE 'open' END)
           ELSE (CASE WHEN r3 < 0.45 THEN 'auto' WHEN r3 < 0.92 THEN 'human' ELSE 'open' END) END AS path
    FROM (
      SELECT i, created, created < $4::timestamp AS imported,
        floor(30 * power(r1, 1.8))::int AS cat,
        CASE WHEN r2 < 0.5 THEN 'email' WHEN r2 < 0.75 THEN 'chat' WHEN r2 < 0.9 THEN 'web' ELSE 'phone' END AS channel,
        r3, r4, r5, r6
      FROM (
        SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6,
          $2::timestamp + (i::float8 / $1::int) * ($3::int * interval '1 day') AS created
        FROM generate_series(0, $1::int - 1) i
      ) b
    ) c`, [n, new Date(firstMs).toISOString(), days, new Date(liveFromMs).toISOString()]);
  await q(`INSERT INTO "Ticket" (id, source, "externalId", "customerId", subject, body, channel, status, tier, "queueId", category,
             "createdAt", "firstResponseAt", "resolvedAt", "handleTimeSec", csat, reopens, escalated, "importHash", "connectionId", "updatedAt")
    SELECT 'bt' || i, CASE WHEN imported THEN 'csv' ELSE 'webhook' END, 'e' || i, 'bc' || (1 + (i::bigint * 7919) % $1::int),
      'Question about topic ' || cat, 'Body of ticket ' || i, channel::"Channel",
      (CASE WHEN path = 'open' THEN 'open' ELSE 'solved' END)::"TicketStatus",
      cat % 3 + 1, 'bq' || (1 + cat % 6), 'category-' || lpad(cat::text, 2, '0'), created,
      CASE WHEN path = 'human' THEN created + exp(r5 * 10) * interval '1 second' END,
      CASE WHEN path <> 'open' THEN created + exp(r4 * 12) * interval '1 second' END,
      CASE WHEN path = 'human' THEN 60 + (r6 * 1200)::int END,
      CASE WHEN path <> 'open' AND r5 < 0.2 THEN 1 + floor(r6 * 5)::int END,
      CASE WHEN r6 > 0.97 THEN 1 ELSE 0 END,
      imported AND r4 > 0.92,
      CASE WHEN imported THEN 'h' || i END,
      CASE WHEN NOT imported AND channel = 'email' THEN 'bconn1' WHEN NOT imported AND channel = 'chat' THEN 'bconn2' END,
      created
    FROM gen`, [customers]);
  await q(`INSERT INTO "FlowRun" (id, "ticketId", "versionId", "workflowId", status, outcome, "startedAt", "decidedAt", "completedAt")
    SELECT 'br' || i, 'bt' || i,
      CASE WHEN created >= $2::timestamp THEN 'bv3' WHEN created >= $1::timestamp THEN 'bv2' ELSE 'bv1' END,
      'ticket-bt' || i, 'completed',
      CASE WHEN path = 'human' AND r4 < 0.3 THEN jsonb_build_object('escalationReason', ($3::text[])[1 + floor(r6 * 4)::int]) ELSE '{}'::jsonb END,
      created, created, created
    FROM gen WHERE NOT imported`, [versionStarts[1], versionStarts[2], REASONS]);
  await q(`INSERT INTO "Message" (id, "ticketId", author, body, internal, "createdAt")
    SELECT 'bm' || i, 'bt' || i, (CASE WHEN path = 'auto' THEN 'ai' ELSE 'agent' END)::"MessageAuthor", 'Reply', false,
      created + exp(r5 * 10) * interval '1 second'
    FROM gen WHERE NOT imported AND path <> 'open'`);
  await q(`DROP TABLE gen`);
  await q(`SET session_replication_role = DEFAULT`);
  await q(`ANALYZE`);
  return { liveFrom: new Date(liveFromMs).toISOString().slice(0, 10), versions: ["bv1", "bv2", "bv3"] };
}
