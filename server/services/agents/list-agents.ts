import "server-only";
import type { PrismaClient } from "@prisma/client";
import { ZWeekHoursSchema, type TWeekHours } from "../../../workflows/model/calendar";
import { OPEN_STATUSES } from "../tickets/open-statuses";

export interface AgentRow {
  id: string;
  name: string;
  email: string;
  skills: string[];
  capacity: number;
  /** The agent's own week; null: the workspace's business hours. */
  workingHours: TWeekHours | null;
  queue: { id: string; name: string } | null;
  /** Open tickets assigned to the agent now. */
  openTickets: number;
}

/** Agents by name, with their queue and how many open tickets they hold against their capacity. */
export async function listAgents(prisma: PrismaClient): Promise<AgentRow[]> {
  const agents = await prisma.agent.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, skills: true, capacity: true, workingHours: true, queue: { select: { id: true, name: true } } },
  });
  // Routing assigns by email; imported history names the agent as the helpdesk did, often by name.
  const loads = await prisma.ticket.groupBy({
    by: ["assignee"],
    where: { assignee: { in: agents.flatMap((a) => [a.email, a.name]) }, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  const load = new Map(loads.map((l) => [l.assignee, l._count._all]));
  return agents.map((agent) => ({
    ...agent,
    workingHours: weekOf(agent.workingHours),
    openTickets: (load.get(agent.email) ?? 0) + (agent.name !== agent.email ? (load.get(agent.name) ?? 0) : 0),
  }));
}

/** A stored week that no longer parses reads as "the workspace's hours" rather than failing the page. */
function weekOf(value: unknown): TWeekHours | null {
  if (value === null || value === undefined) return null;
  const parsed = ZWeekHoursSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
