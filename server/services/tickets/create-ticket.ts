import "server-only";
import { Prisma, type PrismaClient, type Ticket } from "@prisma/client";
import type { Outbox } from "../outbox/outbox";
import { enqueue } from "../outbox/outbox-store";
import { redriveStarts, startRunMessage } from "../outbox/start-run-message";
import { shadowWorkflowId, ticketWorkflowId } from "./flow-starter";
import type { TIncomingTicket } from "./incoming-ticket";
import { readIngestContext, type IngestContext } from "./ingest-context";
import { ticketSnapshotOf } from "./ticket-snapshot";

export interface CreateTicketResult {
  ticket: Ticket;
  created: boolean;
  /** A new ticket's run is "starting": recorded, its workflow started by the outbox right after. */
  run: { workflowId: string; versionId: string; status: string } | null;
  /** Why no run started, when none did. */
  notice: string | null;
}

export interface CreateTicketOptions {
  /** The helpdesk connection the ticket came in through: its runs then act in the helpdesk too. */
  connectionId?: string;
}

/**
 * Ingests a ticket. Idempotent on (source, externalId): a repeat returns the stored ticket and starts
 * nothing. A new ticket gets a run of ticketFlow on the live flow's active version, and a second, shadow run
 * when the flow has a shadow version: the ticket, its run rows and the messages that start their workflows
 * commit together, so a stored ticket always gets its runs started, by this process or, after a crash, another.
 * A repeat whose runs have not started yet (Temporal away) asks for their start again, now.
 */
export async function createTicket(prisma: PrismaClient, outbox: Outbox, input: TIncomingTicket, options: CreateTicketOptions = {}): Promise<CreateTicketResult> {
  const createdAt = input.createdAt ? new Date(input.createdAt) : new Date();
  const key = { source: input.source, externalId: input.externalId };
  // The calendar is read once, here: the run takes it as input, so its business-time decisions never change on replay.
  const context = await readIngestContext(prisma, { ...key, customerExternalId: input.customer.externalId, createdAt });
  if (context.existingTicketId !== null) return repeatOf(prisma, outbox, await prisma.ticket.findUniqueOrThrow({ where: { id: context.existingTicketId } }));

  let written: { ticket: Ticket; enqueued: boolean };
  try {
    written = await writeTicket(prisma, input, createdAt, context, options);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // A concurrent delivery of the same ticket won the insert: behave as a repeat.
    const winner = await prisma.ticket.findUnique({ where: { source_externalId: key } });
    if (winner !== null) return repeatOf(prisma, outbox, winner);
    // Another ticket of a customer new to us created the customer first: the upsert finds it now.
    written = await writeTicket(prisma, input, createdAt, context, options);
  }
  if (written.enqueued) outbox.kick();

  const { ticket } = written;
  const { live, liveError } = context;
  if (liveError !== null) return { ticket, created: true, run: null, notice: `The flow could not start: ${liveError}` };
  if (live === null) return { ticket, created: true, run: null, notice: "No live flow with a published version: the ticket was stored, no flow started" };
  return { ticket, created: true, run: { workflowId: ticketWorkflowId(ticket.id), versionId: live.versionId, status: "starting" }, notice: null };
}

/** The customer, the ticket with its first message, its runs and their start messages, in one transaction. */
async function writeTicket(
  prisma: PrismaClient,
  input: TIncomingTicket,
  createdAt: Date,
  context: IngestContext,
  { connectionId }: CreateTicketOptions,
): Promise<{ ticket: Ticket; enqueued: boolean }> {
  const { live, tierMap, calendar, earlierContacts } = context;
  return prisma.$transaction(
    async (tx) => {
      const customer = await tx.customer.upsert({
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
      const ticket = await tx.ticket.create({
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
          connectionId: connectionId ?? null,
        },
      });
      // Not a nested create: that reads the ticket back after inserting both, one more round trip.
      await tx.message.createMany({ data: [{ ticketId: ticket.id, author: "customer", authorName: customer.name, body: input.body, createdAt }] });
      if (live === null) return { ticket, enqueued: false };

      const snapshot = ticketSnapshotOf({ ...ticket, customer }, earlierContacts + 1, null, tierMap);
      const runs = [
        { workflowId: ticketWorkflowId(ticket.id), versionId: live.versionId, plan: live.plan, shadow: false },
        ...(live.shadow ? [{ workflowId: shadowWorkflowId(ticket.id, live.shadow.versionId), versionId: live.shadow.versionId, plan: live.shadow.plan, shadow: true }] : []),
      ];
      // The run rows come with their start messages, so the workflow's first trace write always finds its row.
      await tx.flowRun.createMany({
        data: runs.map((run) => ({ ticketId: ticket.id, versionId: run.versionId, workflowId: run.workflowId, shadow: run.shadow, status: "running" as const })),
      });
      await enqueue(
        tx,
        runs.map((run) =>
          startRunMessage(run.workflowId, {
            plan: run.plan,
            versionId: run.versionId,
            runId: run.workflowId,
            ticket: snapshot,
            calendar,
            mode: run.shadow ? "shadow" : "live",
            ...(connectionId !== undefined ? { connected: true } : {}),
          }),
        ),
      );
      return { ticket, enqueued: true };
    },
    // A burst can keep every pooled connection busy for a moment: waiting for one beats refusing the ticket.
    { maxWait: 10_000, timeout: 10_000 },
  );
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

async function repeatOf(prisma: PrismaClient, outbox: Outbox, ticket: Ticket): Promise<CreateTicketResult> {
  const runs = await prisma.flowRun.findMany({ where: { ticketId: ticket.id }, orderBy: { startedAt: "asc" } });
  const run = runs.find((r) => !r.shadow);
  const redriven = await redriveStarts(prisma, runs.map((r) => r.workflowId));
  if (redriven > 0) outbox.kick();
  return {
    ticket,
    created: false,
    run: run ? { workflowId: run.workflowId, versionId: run.versionId, status: run.status } : null,
    notice:
      redriven > 0
        ? "Already received: the flow had not started yet, so it is being started again now"
        : "Already received: returned the stored ticket, nothing started",
  };
}
