import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { ActivityInputs, ActivityResult } from "../../../workflows/interpret/activities";
import { EffectRejected } from "../effects/effect-rejected";
import { withEffect, type Tx } from "../effects/with-effect";
import { OPEN_STATUSES } from "./open-statuses";

/**
 * Puts a ticket in a queue and picks an agent: "skills" keeps agents that have every listed skill,
 * "least-loaded" takes the one with fewest open tickets, "round-robin" the one assigned fewest overall.
 */
export async function routeTicket(prisma: PrismaClient, input: ActivityInputs["routeTicket"]): Promise<ActivityResult<"routeTicket">> {
  const { idempotencyKey, ticketId, ...rest } = input;
  const r = await withEffect(prisma, { idempotencyKey, ticketId, kind: "route", payload: rest }, async (tx) => {
    const queue = await tx.queue.findUnique({ where: { name: input.queue }, include: { agents: true } });
    if (queue === null) throw new EffectRejected(`Queue "${input.queue}" does not exist`);
    const candidates = queue.agents.filter((a) => input.skills.every((s) => a.skills.includes(s)));
    const assignee = await pickAgent(tx, candidates.map((a) => a.email), input.strategy);
    await tx.ticket.update({ where: { id: ticketId }, data: { queueId: queue.id, assignee, status: "open" } });
    return { queue: queue.name, assignee };
  });
  return { queue: r.queue as string, assignee: (r.assignee as string | null) ?? null };
}

async function pickAgent(tx: Tx, emails: string[], strategy: string): Promise<string | null> {
  if (emails.length === 0) return null;
  const open = strategy === "round-robin" ? {} : { status: { in: [...OPEN_STATUSES] } };
  const loads = await tx.ticket.groupBy({ by: ["assignee"], where: { assignee: { in: emails }, ...open }, _count: { _all: true } });
  const load = new Map(loads.map((l) => [l.assignee, l._count._all]));
  return [...emails].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b))[0] ?? null;
}
