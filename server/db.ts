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
  cache.__studioPrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: POOL_WAIT_MS }) });
  return cache.__studioPrisma;
}

/** Closes the client's connections; the next getPrisma() builds a fresh one (e.g. for a new DATABASE_URL). */
export async function disconnectPrisma(): Promise<void> {
  const client = cache.__studioPrisma;
  cache.__studioPrisma = undefined;
  await client?.$disconnect();
}
