import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TAuditReport } from "./audit-report";
import { sqlTime, ticketsInScope, type AuditScope } from "./audit-scope";

/** A ticket bounced when it changed assignee or group (queue) at least this many times in all. */
export const BOUNCE_MIN_CHANGES = 2;
export const DEFAULT_STALL_HOURS = 72;
const EXAMPLES = 5;

type TFriction = TAuditReport["friction"];
type TFrictionExample = TFriction["bounced"]["examples"][number];

interface TicketRow {
  id: string;
  externalId: string;
  subject: string;
  category: string | null;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * Where tickets got stuck: bounced between agents or queues, stalled (no activity for longer than `stallHours`),
 * or escalated to a specialist and then resolved with a templated reply a first-line agent or a bot could have sent.
 */
export async function findFriction(
  prisma: PrismaClient,
  scope: AuditScope,
  opts: { stallHours: number; totalTickets: number; templatedTickets: ReadonlyMap<string, string> },
): Promise<TFriction> {
  const share = (count: number) => (opts.totalTickets === 0 ? 0 : count / opts.totalTickets);

  const bounced = await prisma.$queryRaw<Array<TicketRow & { agentChanges: number; queueChanges: number }>>`
    SELECT t.id, t."externalId", t.subject, t.category, t."agentChanges", t."queueChanges"
    FROM "Ticket" t
    WHERE ${ticketsInScope(scope)} AND t."agentChanges" + t."queueChanges" >= ${BOUNCE_MIN_CHANGES}
    ORDER BY t."agentChanges" + t."queueChanges" DESC, t."createdAt", t.id`;

  const stalled = await loadStalled(prisma, scope, opts.stallHours);

  const escalated = await prisma.$queryRaw<TicketRow[]>`
    SELECT t.id, t."externalId", t.subject, t.category
    FROM "Ticket" t
    WHERE ${ticketsInScope(scope)} AND t.escalated
      AND (t."resolvedAt" IS NOT NULL OR t.status IN ('solved', 'closed'))
    ORDER BY t."createdAt", t.id`;
  const escalatedTemplated = escalated.filter((t) => opts.templatedTickets.has(t.id));

  return {
    bounced: {
      count: bounced.length,
      share: share(bounced.length),
      examples: bounced.slice(0, EXAMPLES).map((t) =>
        ref(t, `${plural(t.agentChanges, "agent change")}, ${plural(t.queueChanges, "queue change")}`),
      ),
    },
    stalled: {
      thresholdHours: opts.stallHours,
      count: stalled.length,
      share: share(stalled.length),
      examples: stalled.slice(0, EXAMPLES).map((t) =>
        ref(t, `No activity for ${Math.round(t.gapHours)} h${t.open ? " (still open)" : ""}`),
      ),
    },
    escalatedThenTemplated: {
      count: escalatedTemplated.length,
      share: share(escalatedTemplated.length),
      examples: escalatedTemplated
        .slice(0, EXAMPLES)
        .map((t) => ref(t, `Escalated, then resolved with template ${opts.templatedTickets.get(t.id)}`)),
    },
  };
}

function ref(t: TicketRow, detail: string): TFrictionExample {
  return { id: t.id, externalId: t.externalId, subject: t.subject, category: t.category, detail };
}

/**
 * A ticket's activity is its creation, each message (internal notes included: someone was working on it) and its
 * resolution; an open ticket's silence also runs up to `now`. It stalled when any gap between consecutive
 * activities is longer than `stallHours`. Longest gap first.
 */
function loadStalled(prisma: PrismaClient, scope: AuditScope, stallHours: number) {
  const now = sqlTime(scope.now);
  return prisma.$queryRaw<Array<TicketRow & { gapHours: number; open: boolean }>>`
    WITH scoped AS (
      SELECT t.id, t."createdAt", t."resolvedAt",
             (t."resolvedAt" IS NULL AND t.status IN ('new', 'open', 'pending')) AS open
      FROM "Ticket" t WHERE ${ticketsInScope(scope)}
    ), activity AS (
      SELECT s.id, s."createdAt" AS at FROM scoped s
      UNION ALL SELECT m."ticketId", m."createdAt" FROM "Message" m JOIN scoped s ON s.id = m."ticketId"
      UNION ALL SELECT s.id, s."resolvedAt" FROM scoped s WHERE s."resolvedAt" IS NOT NULL
      UNION ALL SELECT s.id, ${now} FROM scoped s WHERE s.open
    ), gaps AS (
      SELECT id, extract(epoch FROM at - lag(at) OVER (PARTITION BY id ORDER BY at))::float8 / 3600 AS hours
      FROM activity WHERE at <= ${now}
    ), longest AS (
      SELECT id, max(hours) AS "gapHours" FROM gaps GROUP BY id HAVING max(hours) > ${stallHours}::float8
    )
    SELECT t.id, t."externalId", t.subject, t.category, l."gapHours", s.open
    FROM longest l JOIN "Ticket" t ON t.id = l.id JOIN scoped s ON s.id = l.id
    ORDER BY l."gapHours" DESC, t.id`;
}
