import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { SLA_SOON_HOURS, type TWorkspaceFilter, type TWorkspaceView } from "../../../lib/tickets/workspace-filter";
import type { KeysetPage } from "../lib/keyset-page";
import { OPEN_STATUSES } from "./open-statuses";

/** Who is looking: "mine" and "my team's" are theirs. */
export interface WorkspaceViewer {
  email: string;
}

/**
 * The viewer as tickets name them: routing assigns by the agent's email, imported history often by the agent's name;
 * their team is the queue their agent record belongs to (none for a user who is not an agent).
 */
export interface AgentIdentity {
  assignees: string[];
  queueId: string | null;
  queueName: string | null;
  isAgent: boolean;
}

export async function agentIdentityOf(prisma: PrismaClient, viewer: WorkspaceViewer): Promise<AgentIdentity> {
  const agent = await prisma.agent.findUnique({ where: { email: viewer.email }, select: { name: true, queue: { select: { id: true, name: true } } } });
  if (agent === null) return { assignees: [viewer.email], queueId: null, queueName: null, isAgent: false };
  return { assignees: [...new Set([viewer.email, agent.name])], queueId: agent.queue?.id ?? null, queueName: agent.queue?.name ?? null, isAgent: true };
}

const SELECT = {
  id: true,
  subject: true,
  channel: true,
  status: true,
  priority: true,
  tier: true,
  intent: true,
  intentConfidence: true,
  assignee: true,
  escalated: true,
  slaDueAt: true,
  createdAt: true,
  importHash: true,
  customer: { select: { id: true, name: true, email: true, externalId: true, plan: true, enterprise: true } },
  queue: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

type Row = Prisma.TicketGetPayload<{ select: typeof SELECT }>;
export type WorkspaceTicket = Omit<Row, "importHash"> & { imported: boolean };

/**
 * One page of the agent workspace's list: the view and filters of `filter`, newest first (the SLA view soonest due
 * first), keyset-paginated on the order's columns and the id so pages stay stable while tickets arrive.
 */
export async function listWorkspaceTickets(
  prisma: PrismaClient,
  viewer: WorkspaceViewer,
  input: TWorkspaceFilter & { cursor?: string | null; limit: number },
  now: Date = new Date(),
): Promise<KeysetPage<WorkspaceTicket>> {
  const identity = input.view === "mine" || input.view === "team" ? await agentIdentityOf(prisma, viewer) : null;
  const orderBy: Prisma.TicketOrderByWithRelationInput[] =
    input.view === "sla" ? [{ slaDueAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }];
  const rows = await prisma.ticket.findMany({
    where: workspaceWhere(input, identity, now),
    orderBy,
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: SELECT,
  });
  const hasMore = rows.length > input.limit;
  const items = (hasMore ? rows.slice(0, input.limit) : rows).map(({ importHash, ...t }) => ({ ...t, imported: importHash !== null }));
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

/** The where clause of a view and its filters. */
export function workspaceWhere(filter: TWorkspaceFilter, identity: AgentIdentity | null, now: Date): Prisma.TicketWhereInput {
  const and: Prisma.TicketWhereInput[] = [viewWhere(filter.view, identity, now)];
  // The queue views are the work still waiting on someone, unless a status is asked for.
  if (filter.status !== undefined) and.push({ status: filter.status });
  else if (filter.view !== "all") and.push({ status: { in: [...OPEN_STATUSES] } });
  if (filter.origin === "live") and.push({ importHash: null });
  if (filter.origin === "imported") and.push({ importHash: { not: null } });
  if (filter.priority !== undefined) and.push({ priority: filter.priority });
  if (filter.tier !== undefined) and.push({ tier: filter.tier });
  if (filter.intent !== undefined) and.push({ intent: { equals: filter.intent, mode: "insensitive" } });
  if (filter.queue !== undefined) and.push({ queue: { name: filter.queue } });
  if (filter.channel !== undefined) and.push({ channel: filter.channel });
  if (filter.customer !== undefined) {
    const part = { contains: filter.customer, mode: "insensitive" } as const;
    and.push({ customer: { OR: [{ name: part }, { email: part }, { externalId: part }] } });
  }
  if (filter.q !== undefined) {
    const words = { contains: filter.q, mode: "insensitive" } as const;
    and.push({ OR: [{ subject: words }, { body: words }] });
  }
  return { AND: and };
}

function viewWhere(view: TWorkspaceView, identity: AgentIdentity | null, now: Date): Prisma.TicketWhereInput {
  switch (view) {
    case "all":
      return {};
    case "mine":
      return { assignee: { in: identity?.assignees ?? [] } };
    case "team":
      // Someone who belongs to no queue has no team's tickets (rather than every ticket without a queue).
      return identity?.queueId ? { queueId: identity.queueId } : { id: { in: [] } };
    case "unassigned":
      return { assignee: null };
    case "sla":
      return { slaDueAt: { not: null, lte: soonAfter(now) } };
    case "escalated":
      return { escalated: true };
  }
}

function soonAfter(now: Date): Date {
  return new Date(now.getTime() + SLA_SOON_HOURS * 3_600_000);
}

export type WorkspaceCounts = Record<TWorkspaceView, number> & { team: number; agent: Pick<AgentIdentity, "isAgent" | "queueName"> };

/**
 * How many tickets each queue view holds (open ones; "all": every ticket) for the origin asked, in one statement:
 * one pass over the tickets of that origin, each view a FILTER of it, so the badges cost one scan, not six.
 */
export async function countWorkspaceViews(
  prisma: PrismaClient,
  viewer: WorkspaceViewer,
  origin: TWorkspaceFilter["origin"],
  now: Date = new Date(),
): Promise<WorkspaceCounts> {
  const identity = await agentIdentityOf(prisma, viewer);
  const originSql =
    origin === "live" ? Prisma.sql`t."importHash" IS NULL` : origin === "imported" ? Prisma.sql`t."importHash" IS NOT NULL` : Prisma.sql`TRUE`;
  const open = Prisma.sql`t."status" IN (${Prisma.join([...OPEN_STATUSES])})`;
  const rows = await prisma.$queryRaw<Array<Record<"mine" | "team" | "unassigned" | "sla" | "escalated" | "all", bigint>>>`
    SELECT
      count(*) FILTER (WHERE ${open} AND t."assignee" = ANY(${identity.assignees}::text[])) AS "mine",
      count(*) FILTER (WHERE ${open} AND t."queueId" = ${identity.queueId}::text) AS "team",
      count(*) FILTER (WHERE ${open} AND t."assignee" IS NULL) AS "unassigned",
      count(*) FILTER (WHERE ${open} AND t."slaDueAt" <= (${soonAfter(now).toISOString()}::timestamptz AT TIME ZONE 'UTC')) AS "sla",
      count(*) FILTER (WHERE ${open} AND t."escalated") AS "escalated",
      count(*) AS "all"
    FROM "Ticket" t
    WHERE ${originSql}`;
  const row = rows[0]!;
  return {
    mine: Number(row.mine),
    team: Number(row.team),
    unassigned: Number(row.unassigned),
    sla: Number(row.sla),
    escalated: Number(row.escalated),
    all: Number(row.all),
    agent: { isAgent: identity.isAgent, queueName: identity.queueName },
  };
}

/** What the filters offer: every queue, and the intents tickets carry, most frequent first. */
export async function workspaceFilterOptions(prisma: PrismaClient) {
  const [queues, intents] = await Promise.all([
    prisma.queue.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
    prisma.ticket.groupBy({ by: ["intent"], where: { intent: { not: null } }, _count: { _all: true }, orderBy: { _count: { intent: "desc" } }, take: 300 }),
  ]);
  return { queues: queues.map((q) => q.name), intents: intents.map((i) => i.intent).filter((i): i is string => i !== null) };
}
