import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TRemoteEntity } from "../../helpdesk/contract";
import { ServiceError } from "../lib/service-error";
import { helpdeskClientForSetup } from "./connection-clients";
import { ConnectionNotFoundError } from "./get-connection";
import { matchAgents, matchQueues, type TAgentMatch, type TQueueMatch } from "./match-mappings";

export interface TMappingSuggestions {
  /** The helpdesk's groups and users to choose from, by name. */
  groups: TRemoteEntity[];
  users: TRemoteEntity[];
  queues: TQueueMatch[];
  agents: TAgentMatch[];
}

/**
 * The mapping editor's starting point: the helpdesk's groups and agents (fetched with the connection's client) and,
 * for every studio queue and agent, its saved mapping or a match by name and email.
 */
export async function suggestMappings(prisma: PrismaClient, connectionId: string): Promise<TMappingSuggestions> {
  const connection = await prisma.connection.findUnique({ where: { id: connectionId }, select: { kind: true } });
  if (connection === null) throw new ConnectionNotFoundError();
  const [queues, agents, saved] = await Promise.all([
    prisma.queue.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    prisma.agent.findMany({ select: { name: true, email: true }, orderBy: { name: "asc" } }),
    prisma.connectionMapping.findMany({ where: { connectionId }, select: { kind: true, local: true, remoteId: true, remoteName: true } }),
  ]);
  let groups: TRemoteEntity[];
  let users: TRemoteEntity[];
  try {
    const client = await helpdeskClientForSetup(prisma, connectionId);
    [groups, users] = [await client.listGroups(), await client.listAgents()];
  } catch (error) {
    throw new ServiceError("invalid", `Could not read the helpdesk's groups and agents: ${(error as Error).message}`, { cause: error });
  }
  const byName = (a: TRemoteEntity, b: TRemoteEntity) => a.name.localeCompare(b.name);
  return {
    groups: [...groups].sort(byName),
    users: [...users].sort(byName),
    queues: matchQueues(
      queues.map((q) => q.name),
      groups,
      saved.filter((m) => m.kind === "queue"),
    ),
    agents: matchAgents(
      agents,
      users,
      saved.filter((m) => m.kind === "agent"),
    ),
  };
}
