import "server-only";
import { Prisma, type Message, type PrismaClient } from "@prisma/client";
import { ticketWorkflowId, type FlowStarter } from "./flow-starter";
import type { TIncomingMessage } from "./incoming-ticket";

export class TicketNotFoundError extends Error {
  constructor(readonly ticketId: string) {
    super(`No ticket with id ${ticketId}`);
  }
}

/**
 * Stores a customer or agent message and passes it to the ticket's run as a signal. Idempotent on the
 * message's externalId. An agent reply is the ticket's first response if none came before.
 */
export async function addTicketMessage(
  prisma: PrismaClient,
  starter: FlowStarter,
  ticketId: string,
  input: TIncomingMessage,
): Promise<{ message: Message; created: boolean; signal: "delivered" | "no-run" | "skipped" }> {
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { id: true } });
  if (ticket === null) throw new TicketNotFoundError(ticketId);
  if (input.externalId !== undefined) {
    const repeat = await prisma.message.findUnique({ where: { ticketId_externalId: { ticketId, externalId: input.externalId } } });
    if (repeat !== null) return { message: repeat, created: false, signal: "skipped" };
  }
  const createdAt = input.createdAt ? new Date(input.createdAt) : new Date();
  let message: Message;
  try {
    message = await prisma.message.create({
      data: { ticketId, author: input.author, authorName: input.authorName ?? null, body: input.body, externalId: input.externalId ?? null, createdAt },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002" && input.externalId !== undefined) {
      const repeat = await prisma.message.findUniqueOrThrow({ where: { ticketId_externalId: { ticketId, externalId: input.externalId } } });
      return { message: repeat, created: false, signal: "skipped" };
    }
    throw err;
  }
  if (input.author === "agent") {
    await prisma.ticket.updateMany({ where: { id: ticketId, firstResponseAt: null }, data: { firstResponseAt: createdAt } });
  }
  const at = createdAt.toISOString();
  const [name, payload] =
    input.author === "customer"
      ? (["customerReplied", { body: input.body, at }] as const)
      : (["agentReplied", { body: input.body, at, ...(input.authorName ? { author: input.authorName } : {}) }] as const);
  const signal = await starter.signal(ticketWorkflowId(ticketId), name, payload);
  // Shadow runs hear the same conversation, so they can be compared with the live run step for step.
  const shadows = await prisma.flowRun.findMany({ where: { ticketId, shadow: true, status: { in: ["running", "waiting"] } }, select: { workflowId: true } });
  for (const shadow of shadows) await starter.signal(shadow.workflowId, name, payload);
  return { message, created: true, signal };
}
