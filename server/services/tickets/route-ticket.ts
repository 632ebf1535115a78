import "server-only";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { EffectRejected } from "../effects/effect-rejected";
import { withEffect, type Db, type Tx } from "../effects/with-effect";
import { OPEN_STATUSES } from "./open-statuses";

/**
 * Puts a ticket in a queue and picks an agent: "skills" keeps agents that have every listed skill,
 * "least-loaded" takes the one with fewest open tickets, "round-robin" the one assigned fewest overall.
 * An agent holding as many open tickets as their capacity takes no new one; when all are full the ticket
 * waits in the queue unassigned.
 */
export async function routeTicket(db: Db, input: ActivityInputs["routeTicket"]): Promise<ActivityResult<"routeTicket">> {
  const { idempotencyKey, ticketId, ...rest } = input;
  const r = await withEffect(db, { idempotencyKey, ticketId, kind: "route", payload: rest }, async (tx) => {
    const members = await tx.$queryRaw<Array<{ queueId: string; email: string | null; capacity: number | null; skills: string[] | null }>>`
      SELECT q."id" AS "queueId", a."email", a."capacity", a."skills"
      FROM "Queue" q LEFT JOIN "Agent" a ON a."queueId" = q."id"
      WHERE q."name" = ${input.queue}`;
    const queueId = members[0]?.queueId;
    if (queueId === undefined) throw new EffectRejected(`Queue "${input.queue}" does not exist`);
    const candidates = members.flatMap((m) =>
      m.email !== null && input.skills.every((s) => (m.skills ?? []).includes(s)) ? [{ email: m.email, capacity: m.capacity ?? 0 }] : [],
    );
    // Routings into one queue take turns until they commit: two that counted the same load at once would both
    // hand a ticket to the agent with one place left.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`route:${queueId}`}))`;
    const assignee = await pickAgent(tx, candidates, input.strategy);
    await tx.$executeRaw`UPDATE "Ticket" SET "queueId" = ${queueId}, "assignee" = ${assignee}, "status" = 'open', "updatedAt" = now() WHERE "id" = ${ticketId}`;
    return { queue: input.queue, assignee };
  });
  return { queue: r.queue as string, assignee: (r.assignee as string | null) ?? null };
}

async function pickAgent(tx: Tx, agents: ReadonlyArray<{ email: string; capacity: number }>, strategy: string): Promise<string | null> {
  if (agents.length === 0) return null;
  const loads = await loadsOf(tx, agents.map((a) => a.email));
  const free = agents.filter((a) => (loads.get(a.email)?.open ?? 0) < a.capacity).map((a) => a.email);
  if (free.length === 0) return null;
  const load = (email: string) => (strategy === "round-robin" ? loads.get(email)?.total : loads.get(email)?.open) ?? 0;
  return [...free].sort((a, b) => load(a) - load(b) || a.localeCompare(b))[0] ?? null;
}

/** Tickets assigned to each email: the open ones, and all of them. */
async function loadsOf(tx: Tx, emails: string[]): Promise<Map<string, { open: number; total: number }>> {
  const rows = await tx.$queryRaw<Array<{ assignee: string; open: number; total: number }>>`
    SELECT "assignee", (count(*) FILTER (WHERE "status"::text = ANY(${[...OPEN_STATUSES]})))::int AS "open", count(*)::int AS "total"
    FROM "Ticket" WHERE "assignee" = ANY(${emails}) GROUP BY "assignee"`;
  return new Map(rows.map((r) => [r.assignee, { open: r.open, total: r.total }]));
}
