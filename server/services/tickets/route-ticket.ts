import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { EffectRejected } from "../effects/effect-rejected";
import { withEffect, type Tx } from "../effects/with-effect";
import { OPEN_STATUSES } from "./open-statuses";

/**
 * Puts a ticket in a queue and picks an agent: "skills" keeps agents that have every listed skill,
 * "least-loaded" takes the one with fewest open tickets, "round-robin" the one assigned fewest overall.
 * An agent holding as many open tickets as their capacity takes no new one; when all are full the ticket
 * waits in the queue unassigned.
 */
export async function routeTicket(prisma: PrismaClient, input: ActivityInputs["routeTicket"]): Promise<ActivityResult<"routeTicket">> {
  const { idempotencyKey, ticketId, ...rest } = input;
  const r = await withEffect(prisma, { idempotencyKey, ticketId, kind: "route", payload: rest }, async (tx) => {
    const queue = await tx.queue.findUnique({ where: { name: input.queue }, include: { agents: true } });
    if (queue === null) throw new EffectRejected(`Queue "${input.queue}" does not exist`);
    const candidates = queue.agents.filter((a) => input.skills.every((s) => a.skills.includes(s)));
    // Routings into one queue take turns until they commit: two that counted the same load at once would both
    // hand a ticket to the agent with one place left.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`route:${queue.id}`}))`;
    const assignee = await pickAgent(tx, candidates, input.strategy);
    await tx.ticket.update({ where: { id: ticketId }, data: { queueId: queue.id, assignee, status: "open" } });
    return { queue: queue.name, assignee };
  });
  return { queue: r.queue as string, assignee: (r.assignee as string | null) ?? null };
}

async function pickAgent(tx: Tx, agents: ReadonlyArray<{ email: string; capacity: number }>, strategy: string): Promise<string | null> {
  if (agents.length === 0) return null;
  const openLoad = await loadsOf(tx, agents.map((a) => a.email), true);
  const free = agents.filter((a) => (openLoad.get(a.email) ?? 0) < a.capacity).map((a) => a.email);
  if (free.length === 0) return null;
  const load = strategy === "round-robin" ? await loadsOf(tx, free, false) : openLoad;
  return [...free].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b))[0] ?? null;
}

/** Tickets assigned to each email: the open ones, or all of them. */
async function loadsOf(tx: Tx, emails: string[], openOnly: boolean): Promise<Map<string | null, number>> {
  const where = openOnly ? { assignee: { in: emails }, status: { in: [...OPEN_STATUSES] } } : { assignee: { in: emails } };
  const loads = await tx.ticket.groupBy({ by: ["assignee"], where, _count: { _all: true } });
  return new Map(loads.map((l) => [l.assignee, l._count._all]));
}
