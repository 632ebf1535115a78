import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { TInboundEvent } from "../../helpdesk/contract";
import type { TicketUpdatedPayload } from "../../../workflows/interpret/live/signals";
import type { Outbox } from "../outbox/outbox";
import { enqueueRunSignals } from "../outbox/signal-run-message";

type TicketUpdatedEvent = Extract<TInboundEvent, { type: "ticket.updated" }>;
type Tx = Prisma.TransactionClient;

const RESOLVED = new Set(["solved", "closed"]);

/**
 * A change made in the helpdesk, applied to the studio's copy of the ticket: status, priority, and group and
 * assignee read back through the connection's mappings. A group or agent the mappings do not know leaves the
 * studio's value as it is. Only what actually differs is changed, so the helpdesk echoing the flow's own update
 * back changes nothing; the run hears the changes it can read (status, priority, queue) in the same transaction.
 */
export async function applyTicketUpdate(
  prisma: PrismaClient,
  outbox: Outbox,
  { ticketId, connectionId, event, eventKey }: { ticketId: string; connectionId: string; event: TicketUpdatedEvent; eventKey: string },
): Promise<"updated" | "unchanged"> {
  const now = new Date();
  const { updated, heard } = await prisma.$transaction(async (tx) => {
    const current = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { status: true, priority: true, queueId: true, assignee: true, resolvedAt: true } });
    const queue = await localQueue(tx, connectionId, event.remoteGroupId);
    const assignee = await localAgent(tx, connectionId, event.remoteAssigneeId);
    const data: Prisma.TicketUncheckedUpdateInput = {};
    const changes: TicketUpdatedPayload["changes"] = {};
    if (event.status !== undefined && event.status !== current.status) {
      data.status = changes.status = event.status;
      if (RESOLVED.has(event.status) && current.resolvedAt === null) data.resolvedAt = now;
      if (RESOLVED.has(current.status) && !RESOLVED.has(event.status)) data.reopens = { increment: 1 };
    }
    if (event.priority !== undefined && event.priority !== current.priority) data.priority = changes.priority = event.priority;
    if (queue !== undefined && (queue?.id ?? null) !== current.queueId) {
      data.queueId = queue?.id ?? null;
      changes.queue = queue?.name ?? null;
    }
    if (assignee !== undefined && assignee !== current.assignee) data.assignee = assignee;
    if (Object.keys(data).length === 0) return { updated: false, heard: 0 };
    await tx.ticket.update({ where: { id: ticketId }, data });
    if (Object.keys(changes).length === 0) return { updated: true, heard: 0 };
    const payload: TicketUpdatedPayload = { changes, at: now.toISOString() };
    return { updated: true, heard: await enqueueRunSignals(tx, ticketId, "ticketUpdated", payload, eventKey) };
  });
  if (heard > 0) outbox.kick();
  return updated ? "updated" : "unchanged";
}

/** undefined: leave the queue as it is (not in the event, or a group nobody mapped); null: no queue. */
async function localQueue(tx: Tx, connectionId: string, remoteId: string | null | undefined): Promise<{ id: string; name: string } | null | undefined> {
  if (remoteId === undefined) return undefined;
  if (remoteId === null) return null;
  const mapping = await tx.connectionMapping.findFirst({ where: { connectionId, kind: "queue", remoteId }, select: { local: true } });
  if (mapping === null) return undefined;
  return (await tx.queue.findUnique({ where: { name: mapping.local }, select: { id: true, name: true } })) ?? undefined;
}

/** The studio agent's email for the helpdesk user; undefined leaves the assignee as it is, null unassigns. */
async function localAgent(tx: Tx, connectionId: string, remoteId: string | null | undefined): Promise<string | null | undefined> {
  if (remoteId === undefined) return undefined;
  if (remoteId === null) return null;
  const mapping = await tx.connectionMapping.findFirst({ where: { connectionId, kind: "agent", remoteId }, select: { local: true } });
  return mapping?.local ?? undefined;
}
