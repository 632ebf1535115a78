import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TQueueForm } from "../../../lib/settings/queue-schema";
import { ServiceError } from "../lib/service-error";
import { flowsPhrase, flowsUsingQueue } from "./flows-using-queue";

export class QueueNameTakenError extends ServiceError {
  constructor(name: string) {
    super("conflict", `There is already a queue named “${name}”; pick another name.`);
  }
}

/** Creates a queue and records it in the audit log. */
export async function createQueue(prisma: PrismaClient, input: TQueueForm, actor: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const queue = await tx.queue.create({ data: { name: input.name, description: input.description || null, skills: input.skills } });
      await tx.auditLog.create({ data: { actor, action: "queue.create", subject: queue.id, details: { name: queue.name, skills: queue.skills } } });
      return queue;
    });
  } catch (error) {
    throw nameTaken(error, input.name);
  }
}

/**
 * Renames a queue, or changes its description and skills; the audit row holds before and after. A rename is
 * refused while a published flow routes to the queue by its name: the running version would route to nothing.
 */
export async function updateQueue(prisma: PrismaClient, id: string, input: TQueueForm, actor: string) {
  const before = await prisma.queue.findUnique({ where: { id }, select: { name: true, description: true, skills: true } });
  if (before === null) throw new ServiceError("not-found", "That queue no longer exists; reload the page.");
  if (before.name !== input.name) {
    const users = await flowsUsingQueue(prisma, before.name);
    if (users.length > 0) {
      throw new ServiceError(
        "conflict",
        `“${before.name}” cannot be renamed while ${flowsPhrase(users)} ${users.length === 1 ? "routes" : "route"} tickets to it by that name. Create “${input.name}” as a new queue, point the flows at it and publish them, then delete this one.`,
      );
    }
  }
  const after = { name: input.name, description: input.description || null, skills: input.skills };
  try {
    return await prisma.$transaction(async (tx) => {
      const queue = await tx.queue.update({ where: { id }, data: after });
      await tx.auditLog.create({ data: { actor, action: "queue.update", subject: id, details: { before, after } } });
      return queue;
    });
  } catch (error) {
    throw nameTaken(error, input.name);
  }
}

function nameTaken(error: unknown, name: string): unknown {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? new QueueNameTakenError(name) : error;
}
