import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TAgentForm } from "../../../lib/settings/agent-schema";
import { ServiceError } from "../lib/service-error";

export class AgentEmailTakenError extends ServiceError {
  constructor(email: string) {
    super("conflict", `Another agent already has the email ${email}.`);
  }
}

type Db = Prisma.TransactionClient;

/** Adds an agent and records it in the audit log. */
export async function createAgent(prisma: PrismaClient, input: TAgentForm, actor: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      await requireQueue(tx, input.queueId);
      const agent = await tx.agent.create({ data: dataOf(input), select: { id: true, name: true, email: true } });
      await tx.auditLog.create({ data: { actor, action: "agent.create", subject: agent.id, details: auditView(input) } });
      return agent;
    });
  } catch (error) {
    throw emailTaken(error, input.email);
  }
}

/** Changes an agent's details, skills, capacity, working hours or queue; the audit row holds before and after. */
export async function updateAgent(prisma: PrismaClient, id: string, input: TAgentForm, actor: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.agent.findUnique({ where: { id }, select: { name: true, email: true, skills: true, capacity: true, workingHours: true, queueId: true } });
      if (before === null) throw new ServiceError("not-found", "That agent no longer exists; reload the page.");
      await requireQueue(tx, input.queueId);
      const agent = await tx.agent.update({ where: { id }, data: dataOf(input), select: { id: true, name: true, email: true } });
      await tx.auditLog.create({
        data: { actor, action: "agent.update", subject: id, details: { before: before as Prisma.InputJsonValue, after: auditView(input) } },
      });
      return agent;
    });
  } catch (error) {
    throw emailTaken(error, input.email);
  }
}

/** Removes an agent; tickets assigned to them keep the assignee's email. */
export async function deleteAgent(prisma: PrismaClient, id: string, actor: string): Promise<void> {
  const agent = await prisma.agent.findUnique({ where: { id }, select: { name: true, email: true } });
  if (agent === null) throw new ServiceError("not-found", "That agent no longer exists; reload the page.");
  await prisma.$transaction([
    prisma.agent.delete({ where: { id } }),
    prisma.auditLog.create({ data: { actor, action: "agent.delete", subject: id, details: agent } }),
  ]);
}

function dataOf(input: TAgentForm) {
  return {
    name: input.name,
    email: input.email,
    skills: input.skills,
    capacity: input.capacity,
    workingHours: input.workingHours === null ? Prisma.DbNull : (input.workingHours as Prisma.InputJsonValue),
    queueId: input.queueId,
  };
}

function auditView(input: TAgentForm): Prisma.InputJsonValue {
  return input as unknown as Prisma.InputJsonValue;
}

async function requireQueue(tx: Db, queueId: string | null): Promise<void> {
  if (queueId === null) return;
  const queue = await tx.queue.findUnique({ where: { id: queueId }, select: { id: true } });
  if (queue === null) throw new ServiceError("invalid", "That queue no longer exists; pick another one.");
}

function emailTaken(error: unknown, email: string): unknown {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? new AgentEmailTakenError(email) : error;
}
