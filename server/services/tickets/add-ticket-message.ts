import "server-only";
import { Prisma, type Message, type PrismaClient } from "@prisma/client";
import type { Outbox } from "../outbox/outbox";
import { enqueueRunSignals } from "../outbox/signal-run-message";
import type { TIncomingMessage } from "./incoming-ticket";

export class TicketNotFoundError extends Error {
  constructor(readonly ticketId: string) {
    super(`No ticket with id ${ticketId}`);
  }
}

/**
 * "queued": the ticket's runs will hear it (the outbox signals them, after their start if that is still pending);
 * "no-run": no run is going to hear it; "internal-note": notes are for agents, not the flow; "skipped": a repeat.
 */
export type MessageSignal = "queued" | "no-run" | "internal-note" | "skipped";

/**
 * Stores a customer or agent message and, in the same transaction, the signals that pass it to the ticket's runs,
 * so a message stored while Temporal is away still reaches them. Idempotent on the message's externalId. An
 * agent's public reply is the ticket's first response if none came before.
 */
export async function addTicketMessage(
  prisma: PrismaClient,
  outbox: Outbox,
  ticketId: string,
  input: TIncomingMessage,
): Promise<{ message: Message; created: boolean; signal: MessageSignal }> {
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { id: true } });
  if (ticket === null) throw new TicketNotFoundError(ticketId);
  if (input.externalId !== undefined) {
    const repeat = await prisma.message.findUnique({ where: { ticketId_externalId: { ticketId, externalId: input.externalId } } });
    if (repeat !== null) return { message: repeat, created: false, signal: "skipped" };
  }
  const createdAt = input.createdAt ? new Date(input.createdAt) : new Date();
  const internal = input.internal ?? false;
  let written: { message: Message; heard: number };
  try {
    written = await prisma.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: { ticketId, author: input.author, authorName: input.authorName ?? null, body: input.body, internal, externalId: input.externalId ?? null, createdAt },
      });
      if (internal) return { message, heard: 0 };
      if (input.author === "agent") {
        await tx.ticket.updateMany({ where: { id: ticketId, firstResponseAt: null }, data: { firstResponseAt: createdAt } });
      }
      const at = createdAt.toISOString();
      const [name, payload] =
        input.author === "customer"
          ? (["customerReplied", { body: input.body, at }] as const)
          : (["agentReplied", { body: input.body, at, ...(input.authorName ? { author: input.authorName } : {}) }] as const);
      return { message, heard: await enqueueRunSignals(tx, ticketId, name, payload, `message:${message.id}`) };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002" && input.externalId !== undefined) {
      const repeat = await prisma.message.findUniqueOrThrow({ where: { ticketId_externalId: { ticketId, externalId: input.externalId } } });
      return { message: repeat, created: false, signal: "skipped" };
    }
    throw err;
  }
  if (written.heard > 0) outbox.kick();
  return { message: written.message, created: true, signal: internal ? "internal-note" : written.heard > 0 ? "queued" : "no-run" };
}
