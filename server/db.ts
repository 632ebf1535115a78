import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

// Next.js re-evaluates modules on every hot reload; caching on globalThis keeps one client (and one pg pool)
// per process instead of leaking a new pool per edit.
const cache = globalThis as typeof globalThis & { __studioPrisma?: PrismaClient };

/**
 * How long a query waits for a free pooled connection (or a new one) before it fails. pg's default is forever: a
 * leaked or deadlocked connection then hangs every later query silently. A minute is far beyond any healthy wait.
 */
const POOL_WAIT_MS = 60_000;

/** The process-wide Prisma client, talking to DATABASE_URL through the pg driver adapter (no native engine). */
export function getPrisma(): PrismaClient {
  if (cache.__studioPrisma) return cache.__studioPrisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start the studio with `npm start` (it starts the embedded PostgreSQL and sets it), " +
        "or point DATABASE_URL at a PostgreSQL server.",
    );
  }
  cache.__studioPrisma = createPrismaClient(connectionString, { statementTimeoutMs: inWebProcess() ? webStatementTimeoutMs() : null });
  return cache.__studioPrisma;
}

/**
 * A client on its own pool. With `statementTimeoutMs`, PostgreSQL cancels any statement of this client's
 * connections that runs longer (a session setting sent when each connection opens).
 */
export function createPrismaClient(connectionString: string, opts: { statementTimeoutMs?: number | null } = {}): PrismaClient {
  const timeout = opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: POOL_WAIT_MS, ...timeout }) });
}

/**
 * How long one statement of the web process may run. A request waits on its queries, so one slow query (a huge
 * selection, a pathological filter) would hold a connection and the caller for as long as it runs; the worker,
 * migrations and the command line run long work on purpose and get no limit. STUDIO_WEB_STATEMENT_TIMEOUT_MS
 * changes it; 0 turns it off.
 */
export const DEFAULT_WEB_STATEMENT_TIMEOUT_MS = 15_000;

export function webStatementTimeoutMs(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.STUDIO_WEB_STATEMENT_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_WEB_STATEMENT_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) return DEFAULT_WEB_STATEMENT_TIMEOUT_MS;
  return value === 0 ? null : value;
}

/**
 * True inside the Next.js server, which defines process.env.NEXT_RUNTIME in what it bundles; the Temporal worker,
 * migrations, seeds and the CLI run these same modules unbundled, where it is unset.
 */
function inWebProcess(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/** Closes the client's connections; the next getPrisma() builds a fresh one (e.g. for a new DATABASE_URL). */
export async function disconnectPrisma(): Promise<void> {
  const client = cache.__studioPrisma;
  cache.__studioPrisma = undefined;
  await client?.$disconnect();
}
