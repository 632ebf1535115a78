import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { TAgentTicketChange } from "../../../../lib/tickets/agent-actions";
import type { THelpdeskAction } from "../../../helpdesk/contract";
import type { HelpdeskGateway } from "../../../ports";
import type { TicketUpdatedPayload } from "../../../../workflows/interpret/live/signals";
import { ServiceError } from "../../lib/service-error";
import type { Outbox } from "../../outbox/outbox";
import { enqueueRunSignals } from "../../outbox/signal-run-message";
import { helpdeskActions, type RemoteIds } from "../../runs/helpdesk-actions";
import type { AgentActor } from "./post-agent-message";
import { carryToHelpdesk } from "./to-helpdesk";

const RESOLVED = new Set(["solved", "closed"]);
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

type Current = { id: string; externalId: string; connectionId: string | null; status: string; priority: string; queueId: string | null; assignee: string | null; resolvedAt: Date | null };

/**
 * An agent's change to a ticket's status, priority, assignee or queue. In one transaction: the change, the signal
 * that tells the ticket's runs what they can read of it (status, priority, queue, as a change made in the helpdesk
 * does), the audit entry with before and after, and on a connected ticket the same change in the helpdesk. A value
 * the ticket already has changes nothing. Moving the ticket to another queue leaves it unassigned there, as a
 * handoff does.
 */
export async function changeTicketField(
  ports: { prisma: PrismaClient; outbox: Outbox; helpdesk: HelpdeskGateway },
  input: TAgentTicketChange,
  actor: AgentActor,
): Promise<{ changed: boolean; runsSignalled: number }> {
  const { prisma, outbox, helpdesk } = ports;
  const select = { id: true, externalId: true, connectionId: true, status: true, priority: true, queueId: true, assignee: true, resolvedAt: true } as const;
  const current: Current | null = await prisma.ticket.findUnique({ where: { id: input.ticketId }, select });
  if (current === null) throw new ServiceError("not-found", "This ticket no longer exists; go back to the inbox.");
  const plan = await planChange(prisma, current, input.change);
  if (plan === null) return { changed: false, runsSignalled: 0 };
  const heard = await prisma.$transaction(async (tx) => {
    await tx.ticket.update({ where: { id: current.id }, data: plan.data });
    const heard =
      Object.keys(plan.signal).length === 0
        ? 0
        : await enqueueRunSignals(tx, current.id, "ticketUpdated", { changes: plan.signal, at: new Date().toISOString() } satisfies TicketUpdatedPayload, `agent:${input.requestId}`);
    await tx.auditLog.create({ data: { actor: actor.email, action: `ticket.${input.change.field}`, subject: current.id, details: { before: plan.before, after: plan.after } } });
    await carryToHelpdesk(tx, helpdesk, current, `agent:${input.requestId}`, plan.helpdesk);
    return heard;
  }, TX_OPTIONS);
  if (heard > 0) outbox.kick();
  return { changed: true, runsSignalled: heard };
}

interface Planned {
  data: Prisma.TicketUncheckedUpdateInput;
  signal: TicketUpdatedPayload["changes"];
  before: string | null;
  after: string | null;
  helpdesk: (remote: RemoteIds) => Promise<THelpdeskAction[]>;
}

async function planChange(prisma: PrismaClient, t: Current, change: TAgentTicketChange["change"]): Promise<Planned | null> {
  const base = { ticketId: t.id, idempotencyKey: "" };
  switch (change.field) {
    case "status": {
      if (change.value === t.status) return null;
      const data: Prisma.TicketUncheckedUpdateInput = { status: change.value };
      if (RESOLVED.has(change.value) && t.resolvedAt === null) data.resolvedAt = new Date();
      if (RESOLVED.has(t.status) && !RESOLVED.has(change.value)) data.reopens = { increment: 1 };
      const effect = { name: "updateTicket" as const, input: { ...base, changes: { status: change.value } } };
      return { data, signal: { status: change.value }, before: t.status, after: change.value, helpdesk: (remote) => helpdeskActions(effect, undefined, remote) };
    }
    case "priority": {
      if (change.value === t.priority) return null;
      const effect = { name: "updateTicket" as const, input: { ...base, changes: { priority: change.value } } };
      return { data: { priority: change.value }, signal: { priority: change.value }, before: t.priority, after: change.value, helpdesk: (remote) => helpdeskActions(effect, undefined, remote) };
    }
    case "assignee": {
      if (change.value === t.assignee) return null;
      const email = change.value;
      if (email !== null && (await prisma.agent.findUnique({ where: { email }, select: { id: true } })) === null) {
        throw new ServiceError("invalid", `There is no agent with the email ${email}; pick one from the list.`, { field: "change.value" });
      }
      return {
        data: { assignee: email, agentChanges: { increment: 1 } },
        signal: {},
        before: t.assignee,
        after: email,
        helpdesk: async (remote) => [{ type: "assign", remoteAssigneeId: email === null ? null : await agentId(remote, email) }],
      };
    }
    case "queue": {
      if (change.value === t.queueId) return null;
      const queue = change.value === null ? null : await prisma.queue.findUnique({ where: { id: change.value }, select: { id: true, name: true } });
      if (change.value !== null && queue === null) throw new ServiceError("invalid", "That queue no longer exists; reload the page.", { field: "change.value" });
      const before = t.queueId === null ? null : ((await prisma.queue.findUnique({ where: { id: t.queueId }, select: { name: true } }))?.name ?? null);
      const name = queue?.name ?? null;
      return {
        data: { queueId: queue?.id ?? null, assignee: null, queueChanges: { increment: 1 } },
        signal: { queue: name },
        before,
        after: name,
        helpdesk: (remote) =>
          name === null
            ? Promise.resolve([{ type: "assign", remoteGroupId: null, remoteAssigneeId: null }])
            : helpdeskActions({ name: "routeTicket", input: { ...base, queue: name, strategy: "manual", skills: [] } }, { assignee: null }, remote),
      };
    }
  }
}

/** An agent the connection does not map would be dropped by the helpdesk without a word: refuse it instead. */
async function agentId(remote: RemoteIds, email: string): Promise<string> {
  const id = await remote("agent", email);
  if (id === null) throw new ServiceError("invalid", `${email} has no helpdesk user mapped on this ticket's connection (Settings → Connections)`);
  return id;
}
