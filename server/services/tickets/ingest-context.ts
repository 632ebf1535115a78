import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { LiveVersion } from "../flows/live-flow";
import { currentPlanOf } from "../flows/stored-plan";
import { calendarOf } from "../settings/workspace-calendar";
import { snapshotOf } from "../tier-map/get-tier-map";
import type { TWorkspaceCalendar } from "../../../workflows/model/calendar";
import type { TTierMapSnapshot } from "../../../workflows/model/tier-map";

const DAY_MS = 86_400_000;

/** Everything a new ticket's run is made of besides the ticket, and whether the ticket is a repeat. */
export interface IngestContext {
  existingTicketId: string | null;
  /** The live version, or why it cannot run (a version that no longer compiles); the ticket is stored either way. */
  live: LiveVersion | null;
  liveError: string | null;
  tierMap: TTierMapSnapshot | null;
  calendar: TWorkspaceCalendar;
  /** The customer's tickets already stored from the 24 hours up to this one. */
  earlierContacts: number;
}

interface VersionRow {
  id: string;
  number: number;
  plan: unknown;
  graph: unknown;
}

interface ContextRow {
  existingTicketId: string | null;
  earlierContacts: number;
  calendar: unknown;
  tierMap: { number: number; map: Prisma.JsonValue } | null;
  live: { flowId: string; active: VersionRow | null; shadow: VersionRow | null } | null;
}

/**
 * One statement for what ingest reads before it writes: the same answers as findLiveVersion, getTierMap,
 * getWorkspaceCalendar and contactsInLast24h, but one round trip on the webhook's path instead of seven queries
 * (three of them one after the other), each of which Prisma would compile.
 */
export async function readIngestContext(
  prisma: PrismaClient,
  ticket: { source: string; externalId: string; customerExternalId: string; createdAt: Date },
): Promise<IngestContext> {
  const from = new Date(ticket.createdAt.getTime() - DAY_MS).toISOString();
  const at = ticket.createdAt.toISOString();
  const version = (alias: string) =>
    Prisma.raw(`CASE WHEN ${alias}."id" IS NULL THEN NULL ELSE json_build_object('id', ${alias}."id", 'number', ${alias}."number", 'plan', ${alias}."plan", 'graph', ${alias}."graph") END`);
  const [row] = await prisma.$queryRaw<ContextRow[]>`
    SELECT
      (SELECT "id" FROM "Ticket" WHERE "source" = ${ticket.source} AND "externalId" = ${ticket.externalId}) AS "existingTicketId",
      (SELECT count(*)::int FROM "Ticket" t JOIN "Customer" c ON c."id" = t."customerId"
        WHERE c."source" = ${ticket.source} AND c."externalId" = ${ticket.customerExternalId}
          AND t."createdAt" > (${from}::timestamptz AT TIME ZONE 'UTC') AND t."createdAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')) AS "earlierContacts",
      (SELECT "value" FROM "Setting" WHERE "key" = 'workspaceCalendar') AS "calendar",
      (SELECT json_build_object('number', "number", 'map', "map") FROM "TierMapVersion" ORDER BY "number" DESC LIMIT 1) AS "tierMap",
      (SELECT json_build_object('flowId', f."id", 'active', ${version("a")}, 'shadow', ${version("s")})
        FROM "Setting" l JOIN "Flow" f ON f."id" = l."value" #>> '{}'
        LEFT JOIN "FlowVersion" a ON a."id" = f."activeVersionId"
        LEFT JOIN "FlowVersion" s ON s."id" = f."shadowVersionId"
        WHERE l."key" = 'liveFlowId' AND jsonb_typeof(l."value") = 'string') AS "live"`;
  if (row === undefined) throw new Error("The ingest context query returned no row");
  const { live, liveError } = liveVersionOf(row.live);
  return {
    existingTicketId: row.existingTicketId,
    live,
    liveError,
    tierMap: row.tierMap === null ? null : snapshotOf(row.tierMap),
    calendar: calendarOf(row.calendar),
    earlierContacts: Number(row.earlierContacts),
  };
}

function liveVersionOf(row: ContextRow["live"]): { live: LiveVersion | null; liveError: string | null } {
  if (row === null || row.active === null) return { live: null, liveError: null };
  try {
    const { active, shadow } = row;
    return {
      live: {
        versionId: active.id,
        flowId: row.flowId,
        plan: currentPlanOf(`v${active.number}`, active.plan, active.graph),
        shadow: shadow === null ? null : { versionId: shadow.id, plan: currentPlanOf(`v${shadow.number}`, shadow.plan, shadow.graph) },
      },
      liveError: null,
    };
  } catch (err) {
    return { live: null, liveError: err instanceof Error ? err.message : String(err) };
  }
}
