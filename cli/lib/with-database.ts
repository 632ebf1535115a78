import type { PrismaClient } from "@prisma/client";
import { ensureDatabase } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate";

/**
 * For commands that read or write the workspace: the database from DATABASE_URL, or the embedded one under
 * the data dir (reused when `npm start` is running it, else started for the command and stopped after),
 * migrated to the current schema. Everything the command prints goes to its own streams; this says nothing.
 */
export async function withDatabase<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const db = await ensureDatabase();
  try {
    await migrateDatabase(db.url);
    process.env.DATABASE_URL = db.url;
    const { getPrisma, disconnectPrisma } = await import("../../server/db");
    const prisma = getPrisma();
    try {
      return await work(prisma);
    } finally {
      await disconnectPrisma();
    }
  } finally {
    await db.stop();
  }
}
