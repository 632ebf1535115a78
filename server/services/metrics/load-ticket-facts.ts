import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { businessMsBetween } from "@/workflows/interpret/business-hours";
import type { BusinessCalendar } from "@/workflows/interpret/business-hours-calendar";
import { historyAgentReplied, type TicketMetricInput } from "@/workflows/metrics";

type Db = Pick<PrismaClient, "$queryRaw">;

/**
 * The rollup cell a ticket counts in. "" and 0 stand for "none". `category` is the ticket's category, else the
 * intent its live run classified (live tickets carry no helpdesk category: the intent model's labels are the
 * history's categories, as in the shadow review and the tier map).
 */
export interface TMetricCell {
  day: string;
  origin: "live" | "imported";
  category: string;
  tier: number;
  channel: string;
  queueId: string;
  flowId: string;
  versionId: string;
  connectionId: string;
  escalationReason: string;
}

export interface TLoadedTicket {
  id: string;
  customerId: string;
  createdAt: Date;
  cell: TMetricCell;
  input: TicketMetricInput;
}

/** What counting a ticket depends on beyond its own rows: read once per refresh, not per ticket. */
export interface TMetricContext {
  repeatContactDays: number;
  /** The workspace calendar when the workspace set one: durations then count business time only. */
  calendar: BusinessCalendar | null;
  /** Agent seconds an automated ticket of the category saved. */
  savedSeconds: (category: string) => number;
}

/** The category a ticket counts under, as SQL over the alias `t`: the same expression everywhere it is compared. */
export const CATEGORY_SQL = (alias: string) => Prisma.raw(`COALESCE(${alias}."category", ${alias}."intent", '')`);

interface Row {
  id: string;
  customerId: string;
  createdAt: Date;
  resolvedAt: Date | null;
  firstResponseAt: Date | null;
  handleTimeSec: number | null;
  csat: number | null;
  reopens: number;
  escalated: boolean;
  day: string;
  imported: boolean;
  category: string;
  tier: number;
  channel: string;
  queueId: string;
  connectionId: string;
  flowId: string;
  versionId: string;
  runReason: string | null;
  agentPublic: boolean;
  aiPublic: number;
  assistUsed: boolean;
  slaEvent: boolean;
  feedbackVerdict: string | null;
  shadowVerdict: string | null;
  repeatContact: boolean;
}

/**
 * Everything the metric definitions need about each ticket, in one set-based query (lateral subqueries over the
 * per-ticket indexes), so a batch of tickets costs one round trip. Tickets that no longer exist are absent.
 */
export async function loadTicketMetricInputs(db: Db, ticketIds: readonly string[], context: TMetricContext): Promise<TLoadedTicket[]> {
  if (ticketIds.length === 0) return [];
  const cat = CATEGORY_SQL("t");
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT t.id, t."customerId", t."createdAt", t."resolvedAt", t."firstResponseAt", t."handleTimeSec", t.csat, t.reopens, t.escalated,
      to_char(t."createdAt", 'YYYY-MM-DD') AS day,
      (t."importHash" IS NOT NULL) AS imported,
      ${cat} AS category,
      COALESCE(t.tier, 0)::int AS tier,
      t.channel::text AS channel,
      COALESCE(t."queueId", '') AS "queueId",
      COALESCE(t."connectionId", '') AS "connectionId",
      COALESCE(run."flowId", '') AS "flowId",
      COALESCE(run."versionId", '') AS "versionId",
      run.reason AS "runReason",
      COALESCE(msg."agentPublic", false) AS "agentPublic",
      COALESCE(msg."aiPublic", 0)::int AS "aiPublic",
      EXISTS (SELECT 1 FROM "AssistDraft" a WHERE a."ticketId" = t.id AND a.outcome IN ('sent', 'edited')) AS "assistUsed",
      EXISTS (
        SELECT 1 FROM "FlowRun" r JOIN "RunEvent" e ON e."runId" = r.id
        WHERE r."ticketId" = t.id AND NOT r.shadow AND e."nodeType" = 'sla-timer' AND e.decision = 'breached'
      ) AS "slaEvent",
      (SELECT f.verdict FROM "Feedback" f WHERE f."ticketId" = t.id ORDER BY f."createdAt" DESC, f.id DESC LIMIT 1) AS "feedbackVerdict",
      (
        SELECT s.verdict FROM "FlowRun" r JOIN "ShadowDraft" s ON s."runId" = r.id
        WHERE r."ticketId" = t.id AND s.verdict IS NOT NULL ORDER BY s."reviewedAt" DESC NULLS LAST, s.id DESC LIMIT 1
      ) AS "shadowVerdict",
      (
        t."resolvedAt" IS NOT NULL AND ${cat} <> '' AND EXISTS (
          SELECT 1 FROM "Ticket" b
          WHERE b."customerId" = t."customerId" AND b.id <> t.id AND ${CATEGORY_SQL("b")} = ${cat}
            AND b."createdAt" > t."resolvedAt" AND b."createdAt" <= t."resolvedAt" + make_interval(days => ${context.repeatContactDays}::int)
        )
      ) AS "repeatContact"
    FROM "Ticket" t
    LEFT JOIN LATERAL (
      SELECT v."flowId", r."versionId", r.outcome->>'escalationReason' AS reason
      FROM "FlowRun" r JOIN "FlowVersion" v ON v.id = r."versionId"
      WHERE r."ticketId" = t.id AND NOT r.shadow ORDER BY r."startedAt", r.id LIMIT 1
    ) run ON true
    LEFT JOIN LATERAL (
      SELECT bool_or(m.author = 'agent' AND NOT m.internal) AS "agentPublic",
             -- An AI answer carries its model and citations: the flow's closing and hand-off messages, also
             -- written as the AI's, carry none and answer nothing.
             count(*) FILTER (WHERE m.author = 'ai' AND NOT m.internal AND m."aiMeta" IS NOT NULL) AS "aiPublic"
      FROM "Message" m WHERE m."ticketId" = t.id
    ) msg ON true
    WHERE t.id = ANY(${[...ticketIds]}::text[])`);
  return rows.map((row) => toLoaded(row, context));
}

function toLoaded(row: Row, context: TMetricContext): TLoadedTicket {
  const created = row.createdAt.getTime();
  const since = (at: Date | null): number | null => {
    if (at === null) return null;
    const ms = context.calendar === null ? at.getTime() - created : businessMsBetween(created, at.getTime(), context.calendar);
    return Math.max(0, ms) / 1000;
  };
  // Imported history has no messages of ours for agents: the helpdesk's own record of a response or of agent
  // time says somebody worked on it, as the backtest's reading of the history does.
  const agentReplied = row.imported ? historyAgentReplied(row.firstResponseAt, row.handleTimeSec) : row.agentPublic;
  const escalated = row.escalated || row.runReason !== null;
  const input: TicketMetricInput = {
    createdAtMs: created,
    resolvedAtMs: row.resolvedAt?.getTime() ?? null,
    agentReplied,
    aiPublicReplies: row.aiPublic,
    assistDraftUsed: row.assistUsed,
    reopened: row.reopens > 0,
    repeatContact: row.repeatContact,
    escalated,
    // The history records no SLA timers: only a live run's breach counts.
    slaBreached: !row.imported && row.slaEvent,
    csat: row.csat,
    firstResponseSec: since(row.firstResponseAt),
    resolutionSec: since(row.resolvedAt),
    handleSec: row.handleTimeSec,
    feedbackVerdict: row.feedbackVerdict,
    shadowVerdict: row.shadowVerdict,
    savedSecondsIfAutomated: context.savedSeconds(row.category),
  };
  return {
    id: row.id,
    customerId: row.customerId,
    createdAt: row.createdAt,
    cell: {
      day: row.day,
      origin: row.imported ? "imported" : "live",
      category: row.category,
      tier: row.tier,
      channel: row.channel,
      queueId: row.queueId,
      flowId: row.flowId,
      versionId: row.versionId,
      connectionId: row.connectionId,
      escalationReason: row.runReason ?? (escalated ? "unspecified" : ""),
    },
    input,
  };
}
