import "server-only";
import type { PrismaClient } from "@prisma/client";

/** The agents and queues a ticket can be given to, by name, for the ticket view's selects. */
export async function assignOptions(prisma: PrismaClient) {
  const [agents, queues] = await Promise.all([
    prisma.agent.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], select: { email: true, name: true } }),
    prisma.queue.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { agents, queues };
}
