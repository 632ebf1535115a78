import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { HelpdeskClient } from "../../helpdesk/contract";
import { HelpdeskCallError } from "../../helpdesk/helpdesk-call-error";
import { recordCall } from "./connection-status";
import { openConnection, type TOpenConnection } from "./open-connection";
import { TokenBucket } from "./token-bucket";

/** Calls a minute for a connector that does not state its own. */
export const DEFAULT_REQUESTS_PER_MINUTE = 60;

interface CachedClient {
  updatedAt: number;
  client: HelpdeskClient;
}

// Per process: a client is built once per saved version of its connection; the bucket outlives rebuilds, since the
// helpdesk counts calls per account whatever the studio did to the settings.
const clients = new Map<string, CachedClient>();
const buckets = new Map<string, TokenBucket>();

/**
 * The helpdesk client of a connection, for a flow's effects: cached, rebuilt when the connection is saved again,
 * every call rate-limited and noted on the connection's status. Throws a permanent HelpdeskCallError (so the effect
 * goes down its failure path with the sentence) when the connection is missing, turned off or cannot be opened.
 */
export function helpdeskClientFor(prisma: PrismaClient, connectionId: string): Promise<HelpdeskClient> {
  return clientFor(prisma, connectionId, false);
}

/** The same client for the admin's checks (test, mapping suggestions), which also work on a connection that is turned off. */
export function helpdeskClientForSetup(prisma: PrismaClient, connectionId: string): Promise<HelpdeskClient> {
  return clientFor(prisma, connectionId, true);
}

async function clientFor(prisma: PrismaClient, connectionId: string, evenIfOff: boolean): Promise<HelpdeskClient> {
  const row = await prisma.connection.findUnique({ where: { id: connectionId }, select: { name: true, enabled: true, updatedAt: true } });
  if (row === null) throw unusable("The helpdesk connection this ticket came through no longer exists (it was deleted in Settings → Connections).");
  if (!row.enabled && !evenIfOff) throw unusable(`The helpdesk connection “${row.name}” is turned off in Settings → Connections.`);
  const cached = clients.get(connectionId);
  if (cached?.updatedAt === row.updatedAt.getTime()) return cached.client;

  let open: TOpenConnection | null;
  try {
    open = await openConnection(prisma, connectionId);
  } catch (error) {
    throw unusable(`The helpdesk connection “${row.name}” cannot be used: ${(error as Error).message}`);
  }
  if (open === null) throw unusable("The helpdesk connection this ticket came through no longer exists (it was deleted in Settings → Connections).");
  let inner: HelpdeskClient;
  try {
    inner = open.connector.client(open.settings, open.secrets);
  } catch (error) {
    throw unusable(`The ${open.connector.title} connection “${open.name}” could not be set up: ${(error as Error).message}`);
  }
  const client = metered(prisma, connectionId, bucketFor(connectionId, open), inner);
  clients.set(connectionId, { updatedAt: open.updatedAt.getTime(), client });
  return client;
}

function bucketFor(connectionId: string, open: TOpenConnection): TokenBucket {
  const perMinute = open.connector.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE;
  let bucket = buckets.get(connectionId);
  if (bucket === undefined || bucket.perMinute !== perMinute) {
    bucket = new TokenBucket(perMinute);
    buckets.set(connectionId, bucket);
  }
  return bucket;
}

/** Every method waits for the connection's rate limit, then notes the call (and its failure) on the connection. */
function metered(prisma: PrismaClient, connectionId: string, bucket: TokenBucket, inner: HelpdeskClient): HelpdeskClient {
  async function call<T>(run: () => Promise<T>): Promise<T> {
    await bucket.take();
    try {
      const result = await run();
      await recordCall(prisma, connectionId, null);
      return result;
    } catch (error) {
      await recordCall(prisma, connectionId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  return {
    whoAmI: () => call(() => inner.whoAmI()),
    listGroups: () => call(() => inner.listGroups()),
    listAgents: () => call(() => inner.listAgents()),
    apply: (ticketId, action, idempotencyKey) => call(() => inner.apply(ticketId, action, idempotencyKey)),
  };
}

function unusable(message: string): HelpdeskCallError {
  return new HelpdeskCallError(message, null, false);
}

/** Forgets every cached client and bucket (tests that reuse connection ids across cases). */
export function forgetConnectionClients(): void {
  clients.clear();
  buckets.clear();
}
