import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { ticketContribution, type TRollupContribution } from "@/workflows/metrics";
import { applyRollupDelta, RollupDelta } from "./apply-rollup-delta";
import { loadTicketMetricInputs, type TLoadedTicket, type TMetricCell, type TMetricContext } from "./load-ticket-facts";
import { readMetricContext } from "./refresh-context";

type Tx = Prisma.TransactionClient;

export interface TRefreshOptions {
  batchSize?: number;
  /** The clock the definitions read (open repeat-contact windows); tests pass a fixed one. */
  now?: Date;
  /** Shared counting context: a long-lived refresher reads it now and then instead of on every call. */
  context?: TMetricContext;
  /** Stop after this many batches (a loop that must not hold the database for long); default: until drained. */
  maxBatches?: number;
  /**
   * A new or moved ticket marks the customer's earlier tickets for recounting. A rebuild passes its start: it
   * recounts every ticket older than that against the whole table anyway, so only tickets created since mark.
   */
  recountEarlierSince?: Date;
}

export interface TRefreshResult {
  batches: number;
  /** Tickets recounted, and of them those that no longer exist (their counts were taken out). */
  refreshed: number;
  removed: number;
}

// A live write to a ticket of the batch waits for its commit (its dirty row is claimed): batches stay short.
const DEFAULT_BATCH = 200;
/** PostgreSQL's codes for a deadlock and a serialization failure: the batch is simply tried again. */
const RETRYABLE = new Set(["40P01", "40001"]);

/**
 * Drains the tickets marked dirty (by the database triggers) into the rollup. Each batch is one transaction: it
 * claims its rows by deleting them (skipping rows another worker holds), recounts each ticket, moves the ticket's
 * counts from its old cell to its new one and stores its fact. A crash rolls the claim back with the rest, and two
 * workers never take the same row, so every change is applied exactly once.
 */
export async function refreshMetrics(prisma: PrismaClient, o: TRefreshOptions = {}): Promise<TRefreshResult> {
  const batchSize = o.batchSize ?? DEFAULT_BATCH;
  const result: TRefreshResult = { batches: 0, refreshed: 0, removed: 0 };
  let context = o.context ?? null;
  while (o.maxBatches === undefined || result.batches < o.maxBatches) {
    if (context === null) {
      if (!(await hasDirtyTickets(prisma))) break;
      context = await readMetricContext(prisma);
    }
    const ctx: TMetricContext = context;
    const batch = await withRetry(() => refreshBatch(prisma, batchSize, o.now ?? new Date(), ctx));
    if (batch.claimed === 0) break;
    // After the commit, not inside it: a batch that holds its claims never waits on another writer's dirty rows,
    // so an import or a live step that writes many tickets cannot deadlock with it.
    const days = ctx.repeatContactDays;
    const since = o.recountEarlierSince?.getTime() ?? -Infinity;
    const moved = batch.moved.filter((t) => t.createdAt.getTime() >= since);
    await withRetry(() => markEarlierContacts(prisma, moved, batch.ids, days));
    result.batches++;
    result.refreshed += batch.claimed;
    result.removed += batch.removed;
  }
  return result;
}

/** Whether any ticket waits to be counted: a cheap look before reading what counting needs. */
export async function hasDirtyTickets(prisma: PrismaClient): Promise<boolean> {
  const rows = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "MetricDirtyTicket" LIMIT 1`;
  return rows.length > 0;
}

async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= 5 || !RETRYABLE.has(sqlStateOf(err))) throw err;
    }
  }
}

function sqlStateOf(err: unknown): string {
  const text = err instanceof Error ? `${err.message} ${JSON.stringify((err as { meta?: unknown }).meta ?? {})}` : String(err);
  return /40P01|deadlock/i.test(text) ? "40P01" : /40001|could not serialize/i.test(text) ? "40001" : "";
}

interface OldFact extends TMetricCell {
  ticketId: string;
  contribution: TRollupContribution;
}

interface TBatch {
  claimed: number;
  removed: number;
  ids: string[];
  /** Tickets that may make or unmake a repeat contact of the customer's earlier tickets. */
  moved: TLoadedTicket[];
}

async function refreshBatch(prisma: PrismaClient, batchSize: number, now: Date, context: TMetricContext): Promise<TBatch> {
  return prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<Array<{ ticketId: string }>>`
        DELETE FROM "MetricDirtyTicket" WHERE "ticketId" IN (
          SELECT "ticketId" FROM "MetricDirtyTicket" ORDER BY "markedAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
        ) RETURNING "ticketId"`;
      if (claimed.length === 0) return { claimed: 0, removed: 0, ids: [], moved: [] };
      const ids = claimed.map((c) => c.ticketId).sort();
      const old = await tx.$queryRaw<OldFact[]>`
        SELECT "ticketId", to_char("day", 'YYYY-MM-DD') AS "day", "origin", "category", "tier", "channel", "queueId", "flowId",
               "versionId", "connectionId", "escalationReason", "contribution"
        FROM "MetricTicketFact" WHERE "ticketId" = ANY(${ids}::text[]) ORDER BY "ticketId" FOR UPDATE`;
      const oldById = new Map(old.map((f) => [f.ticketId, f]));
      const tickets = await loadTicketMetricInputs(tx, ids, context);
      const delta = new RollupDelta();
      for (const f of old) delta.add(cellOf(f), f.contribution, -1);
      const facts = tickets.map((t) => {
        const r = ticketContribution(t.input, now.getTime(), context.repeatContactDays);
        delta.add(t.cell, r.contribution, 1);
        return { t, r };
      });
      await applyRollupDelta(tx, delta.changed());
      await upsertFacts(tx, facts, now);
      const present = new Set(tickets.map((t) => t.id));
      const gone = old.filter((f) => !present.has(f.ticketId)).map((f) => f.ticketId);
      if (gone.length > 0) await tx.$executeRaw`DELETE FROM "MetricTicketFact" WHERE "ticketId" = ANY(${gone}::text[])`;
      const moved = tickets.filter((t) => movesRepeatContact(t, oldById.get(t.id)));
      return { claimed: ids.length, removed: gone.length, ids, moved };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

function cellOf(f: OldFact): TMetricCell {
  const { ticketId: _id, contribution: _c, ...cell } = f;
  return { ...cell, origin: cell.origin === "imported" ? "imported" : "live" };
}

/** A new ticket, or one whose category or day changed, may make or unmake a repeat contact of the customer's earlier ones. */
function movesRepeatContact(t: TLoadedTicket, old: OldFact | undefined): boolean {
  return old === undefined || old.category !== t.cell.category || old.day !== t.cell.day;
}

async function upsertFacts(tx: Tx, facts: ReadonlyArray<{ t: TLoadedTicket; r: ReturnType<typeof ticketContribution> }>, now: Date): Promise<void> {
  if (facts.length === 0) return;
  const json = JSON.stringify(
    facts.map(({ t, r }) => ({
      ticketId: t.id,
      ...t.cell,
      handling: r.handling,
      deflected: r.deflected,
      slaBreached: t.input.slaBreached,
      repeatContact: t.input.repeatContact,
      contribution: r.contribution,
    })),
  );
  await tx.$executeRaw`
    INSERT INTO "MetricTicketFact" ("ticketId", "day", "origin", "category", "tier", "channel", "queueId", "flowId", "versionId",
      "connectionId", "escalationReason", "handling", "deflected", "slaBreached", "repeatContact", "contribution", "computedAt")
    SELECT r."ticketId", r."day", r."origin", r."category", r."tier", r."channel", r."queueId", r."flowId", r."versionId",
      r."connectionId", r."escalationReason", r."handling", r."deflected", r."slaBreached", r."repeatContact", r."contribution", ${now}
    FROM jsonb_to_recordset(${json}::jsonb) AS r("ticketId" text, "day" date, "origin" text, "category" text, "tier" integer,
      "channel" text, "queueId" text, "flowId" text, "versionId" text, "connectionId" text, "escalationReason" text,
      "handling" text, "deflected" boolean, "slaBreached" boolean, "repeatContact" boolean, "contribution" jsonb)
    ORDER BY r."ticketId"
    ON CONFLICT ("ticketId") DO UPDATE SET "day" = EXCLUDED."day", "origin" = EXCLUDED."origin", "category" = EXCLUDED."category",
      "tier" = EXCLUDED."tier", "channel" = EXCLUDED."channel", "queueId" = EXCLUDED."queueId", "flowId" = EXCLUDED."flowId",
      "versionId" = EXCLUDED."versionId", "connectionId" = EXCLUDED."connectionId", "escalationReason" = EXCLUDED."escalationReason",
      "handling" = EXCLUDED."handling", "deflected" = EXCLUDED."deflected", "slaBreached" = EXCLUDED."slaBreached",
      "repeatContact" = EXCLUDED."repeatContact", "contribution" = EXCLUDED."contribution", "computedAt" = EXCLUDED."computedAt"`;
}

/**
 * Marks the same customer's tickets resolved within the window before this one's creation: whether they count as
 * a repeat contact depends on it. (A deleted ticket's earlier ones are marked by the Ticket delete trigger.)
 */
async function markEarlierContacts(db: PrismaClient, tickets: readonly TLoadedTicket[], exclude: readonly string[], windowDays: number): Promise<void> {
  if (tickets.length === 0) return;
  const json = JSON.stringify(tickets.map((t) => ({ customerId: t.customerId, createdAt: t.createdAt.toISOString() })));
  await db.$executeRaw`
    INSERT INTO "MetricDirtyTicket" ("ticketId")
    SELECT DISTINCT a.id FROM jsonb_to_recordset(${json}::jsonb) AS b("customerId" text, "createdAt" timestamp(3))
    JOIN "Ticket" a ON a."customerId" = b."customerId"
    WHERE a."resolvedAt" < b."createdAt" AND a."resolvedAt" >= b."createdAt" - make_interval(days => ${windowDays}::int)
      AND NOT (a.id = ANY(${[...exclude]}::text[]))
    ORDER BY a.id
    ON CONFLICT ("ticketId") DO NOTHING`;
}
