import "server-only";
import { Prisma, type PrismaClient, type Ticket } from "@prisma/client";
import { findLiveVersion } from "../flows/live-flow";
import { getWorkspaceCalendar } from "../settings/workspace-calendar";
import { getTierMap } from "../tier-map/get-tier-map";
import type { TWorkspaceCalendar } from "../../../workflows/model/calendar";
import type { FlowPlan } from "../../../workflows/model/plan";
import type { TTicketSnapshot } from "../../../workflows/model/ticket";
import { shadowWorkflowId, ticketWorkflowId, type FlowStarter } from "./flow-starter";
import type { TIncomingTicket } from "./incoming-ticket";
import { contactsInLast24h, ticketSnapshotOf } from "./ticket-snapshot";

export interface CreateTicketResult {
  ticket: Ticket;
  created: boolean;
  run: { workflowId: string; versionId: string; status: string } | null;
  /** Why no run started, when none did. */
  notice: string | null;
}

/**
 * Ingests a ticket. Idempotent on (source, externalId): a repeat returns the stored ticket and starts
 * nothing. A new ticket starts ticketFlow on the live flow's active version, and a second, shadow run
 * when the flow has a shadow version.
 */
export async function createTicket(prisma: PrismaClient, starter: FlowStarter, input: TIncomingTicket): Promise<CreateTicketResult> {
  const existing = await prisma.ticket.findUnique({ where: { source_externalId: { source: input.source, externalId: input.externalId } } });
  if (existing !== null) return repeatOf(prisma, existing);

  const customer = await prisma.customer.upsert({
    where: { source_externalId: { source: input.source, externalId: input.customer.externalId } },
    create: {
      source: input.source,
      externalId: input.customer.externalId,
      email: input.customer.email ?? null,
      name: input.customer.name ?? null,
      plan: input.customer.plan ?? "standard",
      enterprise: input.customer.enterprise ?? false,
    },
    update: {
      ...(input.customer.email ? { email: input.customer.email } : {}),
      ...(input.customer.name ? { name: input.customer.name } : {}),
      ...(input.customer.plan ? { plan: input.customer.plan } : {}),
      ...(input.customer.enterprise !== undefined ? { enterprise: input.customer.enterprise } : {}),
    },
  });
  const createdAt = input.createdAt ? new Date(input.createdAt) : new Date();
  let ticket: Ticket;
  try {
    ticket = await prisma.ticket.create({
      data: {
        source: input.source,
        externalId: input.externalId,
        customerId: customer.id,
        subject: input.subject,
        body: input.body,
        channel: input.channel,
        pageUrl: input.pageUrl ?? null,
        priority: input.priority,
        tags: input.tags,
        language: input.language ?? null,
        createdAt,
        messages: { create: { author: "customer", authorName: customer.name, body: input.body, createdAt } },
      },
    });
  } catch (err) {
    // A concurrent delivery of the same ticket won the insert: behave as a repeat.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      return repeatOf(prisma, await prisma.ticket.findUniqueOrThrow({ where: { source_externalId: { source: input.source, externalId: input.externalId } } }));
    }
    throw err;
  }

  const live = await findLiveVersion(prisma);
  if (live === null) return { ticket, created: true, run: null, notice: "No live flow with a published version: the ticket was stored, no flow started" };
  const snapshot = ticketSnapshotOf({ ...ticket, customer }, await contactsInLast24h(prisma, customer.id, createdAt), null, await getTierMap(prisma));
  // Read once, here: the run takes the calendar as input, so its business-time decisions never change on replay.
  const calendar = await getWorkspaceCalendar(prisma);
  const run = await startRun(prisma, starter, { workflowId: ticketWorkflowId(ticket.id), versionId: live.versionId, plan: live.plan, snapshot, calendar, shadow: false });
  let notice = run.error !== null ? `The flow could not start: ${run.error}` : null;
  if (live.shadow !== null) {
    const shadow = await startRun(prisma, starter, {
      workflowId: shadowWorkflowId(ticket.id, live.shadow.versionId),
      versionId: live.shadow.versionId,
      plan: live.shadow.plan,
      snapshot,
      calendar,
      shadow: true,
    });
    if (shadow.error !== null) notice = `${notice ?? ""}${notice ? " " : ""}The shadow run could not start: ${shadow.error}`;
  }
  return { ticket, created: true, run: { workflowId: run.workflowId, versionId: live.versionId, status: run.error === null ? "running" : "failed" }, notice };
}

/**
 * Writes the run row, then starts its workflow; the row comes first so the workflow's first trace write
 * always finds it. A start that fails marks the row failed and is reported, never thrown: the ticket is stored.
 */
async function startRun(
  prisma: PrismaClient,
  starter: FlowStarter,
  run: { workflowId: string; versionId: string; plan: FlowPlan; snapshot: TTicketSnapshot; calendar: TWorkspaceCalendar; shadow: boolean },
): Promise<{ workflowId: string; error: string | null }> {
  const { workflowId, versionId, plan, snapshot, calendar, shadow } = run;
  await prisma.flowRun.create({ data: { ticketId: snapshot.id, versionId, workflowId, shadow, status: "running" } });
  try {
    await starter.start(workflowId, { plan, versionId, runId: workflowId, ticket: snapshot, calendar, mode: shadow ? "shadow" : "live" });
    return { workflowId, error: null };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await prisma.flowRun.update({ where: { workflowId }, data: { status: "failed", outcome: { error: message } } });
    return { workflowId, error: message };
  }
}

async function repeatOf(prisma: PrismaClient, ticket: Ticket): Promise<CreateTicketResult> {
  const run = await prisma.flowRun.findFirst({ where: { ticketId: ticket.id, shadow: false }, orderBy: { startedAt: "asc" } });
  return {
    ticket,
    created: false,
    run: run ? { workflowId: run.workflowId, versionId: run.versionId, status: run.status } : null,
    notice: "Already received: returned the stored ticket, nothing started",
  };
}
