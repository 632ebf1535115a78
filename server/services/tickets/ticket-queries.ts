import "server-only";
import type { PrismaClient } from "@prisma/client";
import { readNewestFirstPage } from "../lib/keyset-page";
import { storedNodeLabels } from "../flows/stored-node-labels";
import { ServiceError } from "../lib/service-error";

/** Newest tickets first, a page at a time, each with its latest flow run (the inbox list). */
export async function listRecentTickets(prisma: PrismaClient, page: { cursor?: string | null; limit: number }) {
  const { items, nextCursor } = await readNewestFirstPage(page, (args) =>
    prisma.ticket.findMany({
      ...args,
      select: {
        id: true,
        subject: true,
        channel: true,
        status: true,
        priority: true,
        intent: true,
        intentConfidence: true,
        createdAt: true,
        customer: { select: { id: true, name: true, email: true, plan: true, enterprise: true } },
        queue: { select: { id: true, name: true } },
        runs: {
          orderBy: { startedAt: "desc" },
          take: 1,
          select: { id: true, status: true, outcome: true, shadow: true, startedAt: true, completedAt: true },
        },
      },
    }),
  );
  return { items: items.map(({ runs, ...ticket }) => ({ ...ticket, latestRun: runs[0] ?? null })), nextCursor };
}

/** One ticket with its conversation, every flow run with its step trace, and the effects it caused. */
export async function getTicketDetail(prisma: PrismaClient, id: string) {
  const ticket = await prisma.ticket.findUnique({
    where: { id },
    include: {
      customer: true,
      queue: { select: { id: true, name: true } },
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      runs: {
        orderBy: { startedAt: "desc" },
        include: {
          version: { select: { id: true, number: true, plan: true, graph: true, flow: { select: { id: true, name: true } } } },
          events: { orderBy: { seq: "asc" } },
        },
      },
      effects: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!ticket) throw new ServiceError("not-found", `There is no ticket with id "${id}".`);
  // Each run's steps are named by their node's label in the version it ran (two route steps read apart); the
  // version's plan and graph themselves stay here.
  const runs = ticket.runs.map(({ version: { plan, graph, ...version }, ...run }) => ({
    ...run,
    version,
    nodeLabels: Object.fromEntries(storedNodeLabels(plan, graph)) as Record<string, string>,
  }));
  return { ...ticket, runs };
}
