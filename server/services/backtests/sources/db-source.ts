import "server-only";
import type { Message, PrismaClient, Ticket } from "@prisma/client";
import type { TTierMapSnapshot } from "../../../../workflows/model/tier-map";
import { ticketSnapshotOf } from "../../tickets/ticket-snapshot";
import { getTierMap } from "../../tier-map/get-tier-map";
import type { HistoricalTicket, RecordedOutcome, TimelineEvent } from "../../../../workflows/interpret/replay/types";
import { recordedLookupsOf } from "./recorded-lookups-of";
import { loadTicketRows, type StoredTicket } from "./ticket-rows";

// The historical tickets of the workspace as the backtester replays them: loading builds whole batches with a
// constant number of queries. Which tickets: select-tickets.ts.

type StoredMessage = Pick<Message, "ticketId" | "author" | "authorName" | "body" | "internal" | "createdAt">;

/**
 * The tickets with these ids, in the same order, as HistoricalTickets. `tierMap`: the map the replay decides by
 * (the workspace's current one by default, as a run starting now would get it). `lookupSources`: the data sources
 * the replayed flows look up, whose kept results are loaded with the tickets.
 */
export async function loadHistoricalTickets(
  prisma: PrismaClient,
  ids: string[],
  options: { tierMap?: TTierMapSnapshot | null; lookupSources?: readonly string[] } = {},
): Promise<HistoricalTicket[]> {
  if (ids.length === 0) return [];
  const [rows, messages, tierMap, lookups] = await Promise.all([
    loadTicketRows(prisma, ids),
    prisma.$queryRaw<StoredMessage[]>`
      SELECT m."ticketId", m.author::text AS author, m."authorName", m.body, m.internal, m."createdAt"
      FROM "Message" m WHERE m."ticketId" = ANY(${ids}::text[]) ORDER BY m."createdAt", m.id`,
    options.tierMap === undefined ? getTierMap(prisma) : Promise.resolve(options.tierMap),
    recordedLookupsOf(prisma, ids, options.lookupSources ?? []),
  ]);
  const byId = new Map(rows.map((r) => [r.ticket.id, r]));
  const messagesOf = new Map<string, StoredMessage[]>();
  for (const m of messages) {
    const list = messagesOf.get(m.ticketId);
    if (list === undefined) messagesOf.set(m.ticketId, [m]);
    else list.push(m);
  }
  return ids.map((id) => {
    const row = byId.get(id);
    if (row === undefined) throw new Error(`Ticket ${id} was selected for the backtest but no longer exists`);
    const ticket = historicalTicketOf(row.ticket, messagesOf.get(id) ?? [], row.contactsLast24h, tierMap);
    const kept = lookups.get(id);
    return kept === undefined ? ticket : { ...ticket, lookups: kept };
  });
}

/** Streams the tickets page by page, loading the next page while the current one is replayed. */
export async function* dbTicketSource(
  prisma: PrismaClient,
  ids: string[],
  pageSize = 500,
  options: { lookupSources?: readonly string[] } = {},
): AsyncIterable<HistoricalTicket> {
  const tierMap = await getTierMap(prisma);
  const lookupSources = options.lookupSources ?? [];
  const load = (start: number) => loadHistoricalTickets(prisma, ids.slice(start, start + pageSize), { tierMap, lookupSources });
  let next = ids.length > 0 ? load(0) : null;
  for (let start = 0; next !== null; start += pageSize) {
    const page = await next;
    next = start + pageSize < ids.length ? load(start + pageSize) : null;
    yield* page;
  }
}

export function historicalTicketOf(ticket: StoredTicket, messages: StoredMessage[], contactsLast24h: number, tierMap: TTierMapSnapshot | null): HistoricalTicket {
  // The flow sees the ticket as it arrived: new and unrouted, whatever became of it later.
  const snapshot = ticketSnapshotOf({ ...ticket, status: "new" }, contactsLast24h, null, tierMap);
  return { snapshot, timeline: timelineOf(ticket, messages), recorded: recordedOutcomeOf(ticket) };
}

/**
 * What happened after creation, in order. The ticket's own text is stored as its first customer message by the
 * importers and the live ingest alike; it is the `ticket.created` event, not a reply. Internal notes, system and
 * AI messages are not replayed: the flow under test decides what the AI does.
 */
export function timelineOf(ticket: Pick<Ticket, "createdAt" | "body" | "resolvedAt">, messages: StoredMessage[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let descriptionSeen = false;
  for (const m of messages) {
    if (m.internal) continue;
    if (m.author === "customer" && !descriptionSeen && (m.createdAt <= ticket.createdAt || m.body === ticket.body)) {
      descriptionSeen = true;
      continue;
    }
    if (m.createdAt < ticket.createdAt) continue;
    const at = m.createdAt.toISOString();
    switch (m.author) {
      case "customer":
        events.push({ type: "customer.replied", at, body: m.body });
        break;
      case "agent":
        events.push({ type: "agent.replied", at, ...(m.authorName ? { author: m.authorName } : {}), body: m.body });
        break;
      case "ai":
      case "system":
        break;
      default: {
        const never: never = m.author;
        throw new Error(`Unhandled message author ${String(never)}`);
      }
    }
  }
  if (ticket.resolvedAt !== null) events.push({ type: "ticket.updated", at: ticket.resolvedAt.toISOString(), changes: { status: "solved" } });
  // Stable: at equal times a reply stays before the resolution that followed it.
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function recordedOutcomeOf(ticket: StoredTicket): RecordedOutcome {
  return {
    category: ticket.category,
    queue: ticket.queue?.name ?? null,
    tier: ticket.tier,
    escalated: ticket.escalated,
    firstResponseAt: ticket.firstResponseAt?.toISOString() ?? null,
    resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
    handleTimeSec: ticket.handleTimeSec,
    csat: ticket.csat,
  };
}
